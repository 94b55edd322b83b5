-- CampaignDesk schema, version 7: the appraisal travels up and the round's decisions come down (DOMAIN.md §11,
-- issue 12). A region may recommend in several lists per round, so a list travels by an identity of its own; the
-- other records that now travel are keyed by what they are (a round by its year, an indicator system by its round and
-- version, a quota by its round and region, a naming by its round and 文号, a review by its unit and round, a unit's
-- scores by its unit, round and stage).
ALTER TABLE recommendations ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX recommendations_uuid ON recommendations(uuid);
