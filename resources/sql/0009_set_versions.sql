-- CampaignDesk schema, version 9: the records a clerk sets rather than edits in place carry a version too (issue 11,
-- zero lost updates): a unit's prerequisite of a round, its 示范点 of a year, a region's quota and a round's calendar.
-- A change made on what was read is saved only while the record is still as it was read, else it is shown to the
-- clerk with the other clerk's version beside it.
ALTER TABLE prerequisites ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE demonstration_points ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE quotas ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rounds ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
