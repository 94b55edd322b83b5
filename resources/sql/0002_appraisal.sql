-- CampaignDesk schema, version 2: assessors and scores, recommendations with quotas, and the audit trail.

CREATE TABLE assessors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit_id     INTEGER REFERENCES units(id),   -- the unit the assessor belongs to (conflict rule)
    region_id   INTEGER REFERENCES regions(id), -- or the region (bureau) the assessor belongs to
    stage       TEXT NOT NULL DEFAULT 'local' CHECK (stage IN ('local', 'province'))
);

-- Scores in hundredths of a point, each under the indicator system version it was given under.
CREATE TABLE scores (
    id           INTEGER PRIMARY KEY,
    system_id    INTEGER NOT NULL REFERENCES indicator_systems(id),
    stage        TEXT NOT NULL CHECK (stage IN ('local', 'province')),
    assessor_id  INTEGER NOT NULL REFERENCES assessors(id),
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    value        INTEGER NOT NULL CHECK (value >= 0),
    UNIQUE (stage, assessor_id, unit_id, indicator_id)
);
CREATE INDEX scores_system ON scores(system_id, stage, unit_id);

CREATE TABLE quotas (
    round_year INTEGER NOT NULL,
    region_id  INTEGER NOT NULL REFERENCES regions(id),
    quota      INTEGER NOT NULL CHECK (quota >= 0),
    PRIMARY KEY (round_year, region_id)
);

CREATE TABLE recommendations (
    id              INTEGER PRIMARY KEY,
    round_year      INTEGER NOT NULL,
    region_id       INTEGER NOT NULL REFERENCES regions(id),
    date            TEXT NOT NULL,
    override_reason TEXT NOT NULL DEFAULT ''
);

CREATE TABLE recommendation_units (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    unit_id           INTEGER NOT NULL REFERENCES units(id),
    rank              INTEGER NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (recommendation_id, unit_id)
);

-- Who did what, when, old value against new. The program only ever inserts here.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    operator   TEXT NOT NULL,
    action     TEXT NOT NULL,
    round_year INTEGER,
    unit_id    INTEGER,
    detail     TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT
);
CREATE INDEX audit_log_unit ON audit_log(unit_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
