-- Tariffs in the running server (module io.busbar.tariffs): versions, assignments, the tariff each session uses,
-- price schedules. Nothing here is ever deleted: history is what prices past sessions.

-- Every change of a tariff is a new version; a session is priced by the version in force when it started.
CREATE TABLE tariff_versions
(
    tariff_id  text COLLATE "C" NOT NULL CHECK (length(tariff_id) BETWEEN 1 AND 36),
    version    integer          NOT NULL CHECK (version >= 1),
    currency   char(3)          NOT NULL,
    -- the io.busbar.tariffs.Tariff model as JSON
    body       jsonb            NOT NULL,
    created_at timestamptz      NOT NULL,
    PRIMARY KEY (tariff_id, version)
);
CREATE INDEX tariff_versions_in_force ON tariff_versions (tariff_id, created_at DESC);

-- scope/target: EVSE "identity#evseId", TOKEN_GROUP group id, SITE site uuid, PARTNER partner name.
-- Replaced assignments are closed (valid_to), never deleted or rewritten otherwise.
CREATE TABLE tariff_assignments
(
    id          uuid             NOT NULL PRIMARY KEY,
    tariff_id   text COLLATE "C" NOT NULL CHECK (length(tariff_id) BETWEEN 1 AND 36),
    scope       text             NOT NULL CHECK (scope IN ('EVSE', 'TOKEN_GROUP', 'SITE', 'PARTNER')),
    target      text COLLATE "C" NOT NULL CHECK (length(target) BETWEEN 1 AND 300),
    valid_from  timestamptz      NOT NULL,
    valid_to    timestamptz,
    created_at  timestamptz      NOT NULL,
    closed_at   timestamptz,
    CONSTRAINT tariff_assignments_period CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX tariff_assignments_by_target ON tariff_assignments (scope, target, valid_from DESC);
CREATE INDEX tariff_assignments_by_tariff ON tariff_assignments (tariff_id, valid_from DESC);

-- Which tariff version a session is priced by, resolved once when it started.
CREATE TABLE session_tariffs
(
    session_id     uuid             NOT NULL PRIMARY KEY,
    tariff_id      text COLLATE "C" NOT NULL,
    tariff_version integer          NOT NULL,
    assignment_id  uuid REFERENCES tariff_assignments (id),
    reason         text             NOT NULL,
    resolved_at    timestamptz      NOT NULL,
    FOREIGN KEY (tariff_id, tariff_version) REFERENCES tariff_versions (tariff_id, version)
);

-- Dynamic prices: an entry holds from valid_from until the next one. Replacing or correcting an entry supersedes
-- it (superseded_at) instead of deleting it.
CREATE TABLE price_schedule_entries
(
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    schedule_id   text COLLATE "C" NOT NULL CHECK (length(schedule_id) BETWEEN 1 AND 64),
    valid_from    timestamptz      NOT NULL,
    price_per_kwh numeric          NOT NULL CHECK (price_per_kwh >= 0),
    recorded_at   timestamptz      NOT NULL,
    superseded_at timestamptz
);
CREATE UNIQUE INDEX price_schedule_entries_current ON price_schedule_entries (schedule_id, valid_from)
    WHERE superseded_at IS NULL;
