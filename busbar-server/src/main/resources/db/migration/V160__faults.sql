-- The unified fault log: one row per fault interval (opened_at .. closed_at; closed_at null while open).
CREATE TABLE faults (
    id             uuid        PRIMARY KEY,
    charger        text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id        integer     CHECK (evse_id IS NULL OR evse_id >= 0),
    type           text        NOT NULL,
    severity       text        NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'ERROR', 'CRITICAL')),
    severity_rank  smallint    NOT NULL CHECK (severity_rank BETWEEN 0 AND 3),
    code           text,
    description    text,
    source         jsonb       NOT NULL DEFAULT '{}'::jsonb,
    opened_at      timestamptz NOT NULL,
    closed_at      timestamptz,
    closed_because text,
    recorded_at    timestamptz NOT NULL,
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);

-- De-duplication: at most one open fault per (charger, EVSE, type, code); COALESCE so null EVSE/code compare equal.
CREATE UNIQUE INDEX faults_one_open ON faults (charger, COALESCE(evse_id, -1), type, COALESCE(code, ''))
    WHERE closed_at IS NULL;
CREATE INDEX faults_by_charger ON faults (charger, opened_at DESC, id DESC);
CREATE INDEX faults_newest ON faults (opened_at DESC, id DESC);

-- Boots seen, kept only as long as boot-loop detection needs them (pruned on every boot).
CREATE TABLE fault_boots (
    charger   text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    booted_at timestamptz NOT NULL
);
CREATE INDEX fault_boots_by_charger ON fault_boots (charger, booted_at);

-- Recent session-start outcomes per EVSE (a session that delivered energy, one that did not, a refused remote start),
-- the last few kept, for the "fails every start" ghost sign.
CREATE TABLE fault_start_outcomes (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    charger  text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    evse_id  integer     NOT NULL CHECK (evse_id > 0),
    at       timestamptz NOT NULL,
    ok       boolean     NOT NULL,
    what     text        NOT NULL
);
CREATE INDEX fault_start_outcomes_by_evse ON fault_start_outcomes (charger, evse_id, at DESC, id DESC);
