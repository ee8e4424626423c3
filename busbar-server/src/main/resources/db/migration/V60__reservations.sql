-- Reservations (module reservations). The id is the reservationId chargers see: OCPP 1.6 and 2.0.1 both use a
-- 32-bit integer, so it comes from an integer sequence that never wraps.

CREATE SEQUENCE reservation_ids AS integer START WITH 1 NO CYCLE;

CREATE TABLE reservations
(
    id             integer     NOT NULL PRIMARY KEY DEFAULT nextval('reservation_ids'),
    charger        text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    -- null: any EVSE of the charger (1.6 connectorId 0)
    evse_id        integer CHECK (evse_id >= 1),
    id_token       text        NOT NULL CHECK (length(id_token) BETWEEN 1 AND 255),
    id_token_type  text        NOT NULL,
    group_id_token text CHECK (length(group_id_token) BETWEEN 1 AND 255),
    expires_at     timestamptz NOT NULL,
    status         text        NOT NULL CHECK (status IN ('REQUESTED', 'ACCEPTED', 'REJECTED', 'FAILED', 'USED',
                                                          'CANCELLED', 'EXPIRED', 'REMOVED')),
    -- the charger's answer to ReserveNow as sent (Accepted, Occupied...), and that command in command_log
    charger_status text,
    command_id     uuid,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
ALTER SEQUENCE reservation_ids OWNED BY reservations.id;

CREATE INDEX reservations_by_charger ON reservations (charger, id DESC);
CREATE INDEX reservations_by_status ON reservations (status, id DESC);
-- the expiry job's scan
CREATE INDEX reservations_accepted_by_expiry ON reservations (expires_at) WHERE status = 'ACCEPTED';
