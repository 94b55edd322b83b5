-- CampaignDesk schema, version 8: every column that refers to a unit is indexed. Removing a unit (or checking that
-- nothing refers to it any more, as a clerk's removal and a package's tombstone do) then looks each table up by the
-- unit instead of reading it whole: on a whole country's file, millions of scores.
CREATE INDEX scores_unit ON scores(unit_id);
CREATE INDEX rectifications_unit ON rectifications(unit_id, deadline);
CREATE INDEX recommendation_units_unit ON recommendation_units(unit_id);
CREATE INDEX assessors_unit ON assessors(unit_id);
