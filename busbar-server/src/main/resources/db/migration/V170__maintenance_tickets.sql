-- Maintenance tickets (module maintenance): a job for a human at a charger or EVSE, with state, assignee and an
-- append-only history.
CREATE TABLE maintenance_tickets
(
    id          uuid        NOT NULL PRIMARY KEY,
    seq         bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    state       text        NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED',
                                                      'CLOSED', 'REOPENED')),
    priority    text        NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    title       text        NOT NULL CHECK (length(btrim(title)) > 0),
    description text,
    charger     text COLLATE "C" NOT NULL REFERENCES chargers (identity),
    evse_id     int CHECK (evse_id >= 0),
    origin      text        NOT NULL CHECK (origin IN ('FAULT', 'PLAYBOOK_RUN', 'PREDICTION', 'OPERATOR')),
    origin_ref  text,
    assignee    text,
    opened_by   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
-- HumanNeeded is delivered at least once: one ticket per playbook run.
CREATE UNIQUE INDEX maintenance_tickets_one_per_run ON maintenance_tickets (origin_ref) WHERE origin = 'PLAYBOOK_RUN';
-- One open predicted-failure ticket per EVSE: later predictions are added to it as comments.
CREATE UNIQUE INDEX maintenance_tickets_one_open_prediction ON maintenance_tickets (charger, evse_id)
    WHERE origin = 'PREDICTION' AND state NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX maintenance_tickets_by_charger ON maintenance_tickets (charger, seq);

CREATE TABLE maintenance_ticket_history
(
    ticket_id  uuid        NOT NULL REFERENCES maintenance_tickets (id),
    seq        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text        NOT NULL,
    action     text        NOT NULL CHECK (action IN ('OPENED', 'STATE_CHANGED', 'ASSIGNED', 'COMMENTED')),
    from_state text,
    to_state   text,
    assignee   text,
    comment    text
);
CREATE INDEX maintenance_ticket_history_by_ticket ON maintenance_ticket_history (ticket_id, seq);

-- The history is evidence: rows are only ever added.
CREATE FUNCTION maintenance_ticket_history_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'maintenance_ticket_history is append-only';
END
$$;
CREATE TRIGGER maintenance_ticket_history_append_only
    BEFORE UPDATE OR DELETE ON maintenance_ticket_history
    FOR EACH ROW EXECUTE FUNCTION maintenance_ticket_history_append_only();
