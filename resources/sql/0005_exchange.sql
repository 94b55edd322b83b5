-- CampaignDesk schema, version 5: exchange between levels (DOMAIN.md §11, issue 12).
-- Every record that travels gets an identity that is the same in every file it reaches: a UUID, given when the record
-- first leaves its file (or when it arrives with one). Records keyed by what they are (a unit's prerequisite of a
-- round, its 示范点 of a year) travel by their unit's UUID and that key.
ALTER TABLE units ADD COLUMN uuid TEXT;
ALTER TABLE veto_events ADD COLUMN uuid TEXT;
ALTER TABLE surveys ADD COLUMN uuid TEXT;
ALTER TABLE activities ADD COLUMN uuid TEXT;
ALTER TABLE rectifications ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX units_uuid ON units(uuid);
CREATE UNIQUE INDEX veto_events_uuid ON veto_events(uuid);
CREATE UNIQUE INDEX surveys_uuid ON surveys(uuid);
CREATE UNIQUE INDEX activities_uuid ON activities(uuid);
CREATE UNIQUE INDEX rectifications_uuid ON rectifications(uuid);

-- This office's signing key (Ed25519), made when the file first sends or answers a package.
CREATE TABLE exchange_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,  -- PEM (PKCS#8)
    public_key  TEXT NOT NULL,  -- base64 of the raw 32 bytes
    created     TEXT NOT NULL
);

-- Offices whose packages or receipts this file accepts: registered once, with the region they serve.
CREATE TABLE exchange_peers (
    fingerprint TEXT PRIMARY KEY, -- SHA-256 of the public key, hex
    public_key  TEXT NOT NULL,
    office      TEXT NOT NULL DEFAULT '',
    level       TEXT NOT NULL,
    region_code TEXT NOT NULL,
    trusted     TEXT NOT NULL     -- when it was registered
);

-- Packages sent and received, with their receipts.
CREATE TABLE exchange_packages (
    uuid        TEXT PRIMARY KEY,
    direction   TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    peer        TEXT NOT NULL DEFAULT '', -- the sender's fingerprint (received) or '' (sent)
    base        TEXT NOT NULL DEFAULT '', -- the package whose receipt this one builds on
    created     TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    records     INTEGER NOT NULL DEFAULT 0,
    files       INTEGER NOT NULL DEFAULT 0,
    applied     INTEGER,
    duplicate   INTEGER,
    conflicts   INTEGER,
    refused     INTEGER,
    receipt     TEXT,                     -- the receipt as JSON, once written (received) or recorded (sent)
    acknowledged TEXT                     -- when its receipt came back (sent)
);

-- What a record looked like when it was sent (sent) or last applied from a sender (received): the SHA-256 of its
-- package form. A record whose form differs from what was acknowledged is sent again; a received record whose local
-- form differs from what was last applied was changed here too, and a new version of it is a conflict.
CREATE TABLE exchange_records (
    direction TEXT NOT NULL,
    peer      TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    digest    TEXT NOT NULL,
    package   TEXT NOT NULL,
    acked     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (direction, peer, kind, key)
);

-- Both versions of a record changed on both sides since the last exchange, kept for the clerk to decide.
CREATE TABLE exchange_conflicts (
    id       INTEGER PRIMARY KEY,
    package  TEXT NOT NULL,
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    incoming TEXT NOT NULL,  -- the record as the package has it (JSON)
    local    TEXT NOT NULL,  -- as this file had it
    decided  TEXT            -- NULL while open
);
