-- CampaignDesk schema, version 6: clerks sharing one server database (issue 11).
-- Every record clerks edit carries a version, raised by each change; a change made on an older version is refused
-- and shown to the clerk, so that two clerks never overwrite each other unseen.
ALTER TABLE units ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE veto_events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE surveys ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE activities ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rectifications ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE scores ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The order in which a naming lists its units, in a column of its own (a server has no rowid to keep it).
ALTER TABLE naming_units ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE naming_units SET position = rowid;
