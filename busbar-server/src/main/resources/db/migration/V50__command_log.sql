-- The audit trail of operator commands (module commands): who sent what to which charger, when, and the answer.

CREATE TABLE command_log
(
    id           uuid        NOT NULL PRIMARY KEY,
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    charger      text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    command      text        NOT NULL,
    arguments    jsonb       NOT NULL,
    actor_kind   text        NOT NULL,
    actor_id     text        NOT NULL,
    actor_name   text,
    requested_at timestamptz NOT NULL,
    completed_at timestamptz,
    -- null while waiting or when answered; OFFLINE, TIMEOUT, CALL_ERROR, NOT_SUPPORTED otherwise
    failure      text CHECK (failure IN ('OFFLINE', 'TIMEOUT', 'CALL_ERROR', 'NOT_SUPPORTED')),
    status       text,
    answer       jsonb,
    error        text
);
CREATE INDEX command_log_by_charger ON command_log (charger, seq DESC);
