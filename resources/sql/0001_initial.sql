-- CampaignDesk schema, version 1: the roster, the campaign calendar, records and the title's history.
-- Dates are ISO text (YYYY-MM-DD); figures that must add up exactly are integers.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE regions (
    id        INTEGER PRIMARY KEY,
    code      TEXT UNIQUE,
    name      TEXT NOT NULL,
    full_name TEXT NOT NULL,
    level     INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
    parent_id INTEGER REFERENCES regions(id),
    sort      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX regions_parent ON regions(parent_id);

CREATE TABLE unit_categories (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sort INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit_types (
    id          INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES unit_categories(id),
    name        TEXT NOT NULL UNIQUE,
    sort        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit_type_aliases (
    alias   TEXT PRIMARY KEY,
    type_id INTEGER NOT NULL REFERENCES unit_types(id) ON DELETE CASCADE
);

CREATE TABLE units (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    region_id   INTEGER NOT NULL REFERENCES regions(id),
    type_id     INTEGER NOT NULL REFERENCES unit_types(id),
    credit_code TEXT,
    address     TEXT NOT NULL DEFAULT '',
    leader      TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    staff_count INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),
    note        TEXT NOT NULL DEFAULT ''
);
-- Named indexes rather than table constraints, so a bulk import may rebuild them (UnitRepository::insert).
CREATE UNIQUE INDEX units_region_name ON units(region_id, name);
CREATE UNIQUE INDEX units_credit_code ON units(credit_code);
CREATE INDEX units_type ON units(type_id);

CREATE TABLE rounds (
    year  INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE round_phases (
    id         INTEGER PRIMARY KEY,
    round_year INTEGER NOT NULL REFERENCES rounds(year) ON DELETE CASCADE,
    kind       INTEGER NOT NULL CHECK (kind IN (0, 1, 2)),
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,
    CHECK (start_date <= end_date),
    UNIQUE (round_year, kind)
);

CREATE TABLE round_deadlines (
    id         INTEGER PRIMARY KEY,
    round_year INTEGER NOT NULL REFERENCES rounds(year) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    title      TEXT NOT NULL
);

CREATE TABLE round_scope (
    round_year INTEGER NOT NULL REFERENCES rounds(year) ON DELETE CASCADE,
    type_id    INTEGER NOT NULL REFERENCES unit_types(id),
    PRIMARY KEY (round_year, type_id)
);

CREATE TABLE veto_kinds (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE veto_events (
    id      INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    kind_id INTEGER NOT NULL REFERENCES veto_kinds(id),
    date    TEXT NOT NULL,
    note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX veto_events_unit ON veto_events(unit_id, date);

CREATE TABLE prerequisite_kinds (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

CREATE TABLE prerequisites (
    unit_id    INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    round_year INTEGER NOT NULL,
    kind_id    INTEGER NOT NULL REFERENCES prerequisite_kinds(id),
    date       TEXT NOT NULL,
    evidence   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, round_year, kind_id)
);

CREATE TABLE surveys (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    round_year   INTEGER NOT NULL,
    date         TEXT,
    issued       INTEGER NOT NULL CHECK (issued >= 0),
    returned     INTEGER NOT NULL CHECK (returned >= 0 AND returned <= issued),
    satisfied    INTEGER NOT NULL CHECK (satisfied >= 0),
    basic        INTEGER NOT NULL CHECK (basic >= 0),
    dissatisfied INTEGER NOT NULL CHECK (dissatisfied >= 0),
    CHECK (satisfied + basic + dissatisfied <= returned)
);
CREATE INDEX surveys_unit ON surveys(unit_id, round_year);

-- The default indicator system (DOMAIN.md §5); one system per round, versioned once scoring starts.
CREATE TABLE indicator_systems (
    id                 INTEGER PRIMARY KEY,
    round_year         INTEGER NOT NULL REFERENCES rounds(year),
    version            INTEGER NOT NULL DEFAULT 1,
    pass_line          INTEGER NOT NULL,  -- hundredths of a point
    satisfaction_min   INTEGER NOT NULL,  -- per ten thousand
    trim_min_assessors INTEGER NOT NULL,
    reason             TEXT NOT NULL DEFAULT '',
    UNIQUE (round_year, version)
);

CREATE TABLE indicator_areas (
    id        INTEGER PRIMARY KEY,
    system_id INTEGER NOT NULL REFERENCES indicator_systems(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    sort      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE indicators (
    id      INTEGER PRIMARY KEY,
    area_id INTEGER NOT NULL REFERENCES indicator_areas(id) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    points  INTEGER NOT NULL CHECK (points > 0), -- hundredths of a point
    sort    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE namings (
    id         INTEGER PRIMARY KEY,
    round_year INTEGER NOT NULL,
    doc_no     TEXT NOT NULL,
    date       TEXT NOT NULL
);

CREATE TABLE naming_units (
    naming_id INTEGER NOT NULL REFERENCES namings(id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (naming_id, unit_id)
);
CREATE INDEX naming_units_unit ON naming_units(unit_id);

CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    round_year INTEGER NOT NULL,
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    outcome    TEXT NOT NULL CHECK (outcome IN ('retained', 'revoked')),
    date       TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    doc_no     TEXT NOT NULL DEFAULT '',
    UNIQUE (round_year, unit_id)
);
CREATE INDEX reviews_unit ON reviews(unit_id, date);

-- DOMAIN.md §4: an action outside its phase needs a written reason, which is kept.
CREATE TABLE overrides (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL,
    round_year INTEGER,
    date       TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL
);
