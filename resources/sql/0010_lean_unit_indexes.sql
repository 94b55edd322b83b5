-- CampaignDesk schema, version 10: the units table keeps only the indexes something looks a unit up by (issue 14: a
-- whole country's roster is imported and kept up to date on a clerk's PC).
-- * A unit's identity across levels (uuid) is set only on units that travelled in a package; the unique index holds
--   those only, not a NULL for every unit entered here. Lookups by uuid (WHERE uuid = ?) still use it.
-- * No index on the unit type: the roster filters by type in its own index in memory, a list by type reads a region's
--   or the whole file's units anyway (one type is a twentieth of them), and a type is removed only when no unit has it.
--   It cost a sort of every unit on each large import and a lookup on every unit written.
DROP INDEX units_uuid;
CREATE UNIQUE INDEX units_uuid ON units(uuid) WHERE uuid IS NOT NULL;
DROP INDEX units_type;
