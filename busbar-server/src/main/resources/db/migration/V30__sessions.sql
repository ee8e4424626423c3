-- Charging sessions and their meter readings (module io.busbar.sessions).

-- OCPP 1.6 transactionId is a 32-bit integer: Busbar issues it, and never more than the type holds.
CREATE SEQUENCE session_transaction_numbers AS bigint START WITH 1 MAXVALUE 2147483647 NO CYCLE;

CREATE TABLE sessions
(
    id                       uuid        NOT NULL PRIMARY KEY,
    transaction_number       bigint      NOT NULL DEFAULT nextval('session_transaction_numbers'),
    charger_identity         text        NOT NULL CHECK (length(charger_identity) BETWEEN 1 AND 48),
    -- null while only messages without an EVSE were seen (2.0.1 events after the first may omit it)
    evse_id                  integer CHECK (evse_id >= 0),
    connector_id             integer CHECK (connector_id >= 0),
    -- the 2.0.1 transactionId as the charger chose it; null for 1.6 (OCPP 2.0.1: string, at most 36 characters)
    charger_transaction_id   text CHECK (length(charger_transaction_id) BETWEEN 1 AND 36),
    -- kept to find a token's active session (ConcurrentTx); never logged, shown masked
    id_token_value           text CHECK (length(id_token_value) BETWEEN 1 AND 255),
    id_token_type            text,
    authorization_status     text        NOT NULL,
    authorization_expires_at timestamptz,
    authorization_group_id   text,
    reservation_id           integer,
    state                    text        NOT NULL CHECK (state IN ('ACTIVE', 'ENDED')),
    -- false while the session exists only from Updated/Ended events (2.0.1 offline queue out of order)
    start_seen               boolean     NOT NULL,
    started_at               timestamptz NOT NULL,
    ended_at                 timestamptz,
    meter_start_wh           bigint,
    meter_stop_wh            bigint,
    energy_wh                bigint      NOT NULL DEFAULT 0 CHECK (energy_wh >= 0),
    charging_state           text,
    charging_state_seq_no    bigint,
    stop_reason              text,
    last_seq_no              bigint,
    last_soc                 numeric CHECK (last_soc BETWEEN 0 AND 100),
    last_soc_at              timestamptz,
    -- span of the energy register readings (Wh) the live energy comes from
    register_first_at        timestamptz,
    register_first_wh        numeric,
    register_last_at         timestamptz,
    register_last_wh         numeric,
    register_location        text,
    updated_at               timestamptz NOT NULL,
    CONSTRAINT sessions_transaction_number_key UNIQUE (transaction_number),
    CONSTRAINT sessions_charger_transaction_id_key UNIQUE (charger_identity, charger_transaction_id),
    CONSTRAINT sessions_ended_has_end CHECK (state = 'ACTIVE' OR ended_at IS NOT NULL)
);

-- A retried 1.6 StartTransaction carries the same connector, idTag and timestamp: it must find, not create.
CREATE UNIQUE INDEX sessions_ocpp16_start_key
    ON sessions (charger_identity, evse_id, connector_id, id_token_value, started_at) NULLS NOT DISTINCT
    WHERE charger_transaction_id IS NULL;

CREATE INDEX sessions_by_start ON sessions (started_at DESC, id DESC);
CREATE INDEX sessions_by_charger ON sessions (charger_identity, started_at DESC);
CREATE INDEX sessions_active_by_token ON sessions (id_token_value) WHERE state = 'ACTIVE';

CREATE TABLE meter_readings
(
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- null: sampled outside a known transaction (kept per charger/EVSE)
    session_id       uuid REFERENCES sessions (id),
    charger_identity text        NOT NULL,
    evse_id          integer     NOT NULL CHECK (evse_id >= 0),
    ts               timestamptz NOT NULL,
    measurand        text        NOT NULL,
    phase            text,
    unit             text        NOT NULL,
    context          text        NOT NULL,
    location         text        NOT NULL,
    value            numeric     NOT NULL
);

-- A retried message carries the same samples: inserting them again is a no-op (ON CONFLICT DO NOTHING).
-- A session's samples are keyed by the session, not the EVSE: a 2.0.1 Updated may arrive before the EVSE is known.
-- The session key also serves a session's time-ordered reads (session_id, ts).
CREATE UNIQUE INDEX meter_readings_session_sample_key
    ON meter_readings (session_id, ts, measurand, phase, location, context) NULLS NOT DISTINCT
    WHERE session_id IS NOT NULL;
CREATE UNIQUE INDEX meter_readings_charger_sample_key
    ON meter_readings (charger_identity, evse_id, ts, measurand, phase, location, context) NULLS NOT DISTINCT
    WHERE session_id IS NULL;
