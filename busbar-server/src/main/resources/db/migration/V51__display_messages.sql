-- The display messages each charger last reported in NotifyDisplayMessages (OCPP 2.0.1 O04; module commands).

CREATE TABLE display_messages
(
    charger        text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    message_id     integer          NOT NULL,
    -- The GetDisplayMessages request the report answered: a report with another requestId replaces the rows.
    request_id     integer          NOT NULL,
    priority       text             NOT NULL,
    state          text,
    format         text             NOT NULL,
    language       text,
    content        text             NOT NULL,
    start_at       timestamptz,
    end_at         timestamptz,
    transaction_id text,
    evse_id        integer,
    reported_at    timestamptz      NOT NULL,
    PRIMARY KEY (charger, message_id)
);
