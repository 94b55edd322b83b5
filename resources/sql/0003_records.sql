-- CampaignDesk schema, version 3: the records kept between appraisals (DOMAIN.md §8).

CREATE TABLE rectifications (
    id               INTEGER PRIMARY KEY,
    unit_id          INTEGER NOT NULL REFERENCES units(id),
    finding          TEXT NOT NULL CHECK (length(trim(finding)) > 0),
    source           TEXT NOT NULL DEFAULT '',   -- 暗访, 群众评议, 考核, …
    owner            TEXT NOT NULL DEFAULT '',
    deadline         TEXT NOT NULL,
    closed_date      TEXT,                       -- NULL while open
    closing_evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rectifications_open ON rectifications(closed_date, deadline);

CREATE TABLE activities (
    id           INTEGER PRIMARY KEY,
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    date         TEXT NOT NULL,
    kind         TEXT NOT NULL,                  -- 技能测试, 演讲比赛, 学雷锋志愿服务, 座谈会, 问卷调查, 回访, …
    participants INTEGER CHECK (participants IS NULL OR participants >= 0),
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_unit ON activities(unit_id, date);

-- Files are copied beside the data file and stored by their SHA-256.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER REFERENCES activities(id) ON DELETE CASCADE,
    sha256      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    size        INTEGER NOT NULL
);

CREATE TABLE demonstration_points (
    unit_id INTEGER NOT NULL REFERENCES units(id),
    year    INTEGER NOT NULL,
    level   TEXT NOT NULL CHECK (level IN ('省', '市', '县')),
    PRIMARY KEY (unit_id, year)
);
