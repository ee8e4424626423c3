-- Bulk jobs (module bulk): one command or template check run across many chargers, one item per charger.
-- The items are the job's queue: a runner claims PENDING items, so a job survives a restart of Busbar.

CREATE TABLE bulk_jobs
(
    id                     uuid        NOT NULL PRIMARY KEY,
    -- Insertion order, for the newest-first cursor of the job list.
    seq                    bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    state                  text        NOT NULL CHECK (state IN ('RUNNING', 'COMPLETED', 'CANCELLED')),
    -- The target as the operator gave it; the chargers it resolved to are the items.
    target                 jsonb       NOT NULL,
    action_kind            text        NOT NULL CHECK (action_kind IN ('COMMAND', 'TEMPLATE_CHECK')),
    command                text,
    arguments              jsonb,
    correct                boolean,
    concurrency            integer     NOT NULL CHECK (concurrency BETWEEN 1 AND 200),
    timeout_per_charger_ms bigint CHECK (timeout_per_charger_ms > 0),
    actor_kind             text        NOT NULL,
    actor_id               text        NOT NULL,
    actor_name             text,
    created_at             timestamptz NOT NULL,
    finished_at            timestamptz,
    CONSTRAINT bulk_jobs_action CHECK ((action_kind = 'COMMAND') = (command IS NOT NULL AND arguments IS NOT NULL)
        AND (action_kind = 'TEMPLATE_CHECK') = (correct IS NOT NULL)),
    CONSTRAINT bulk_jobs_finished CHECK ((state = 'RUNNING') = (finished_at IS NULL))
);

CREATE TABLE bulk_job_items
(
    job_id      uuid             NOT NULL REFERENCES bulk_jobs (id) ON DELETE CASCADE,
    charger     text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    state       text             NOT NULL
        CHECK (state IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED', 'CANCELLED')),
    -- Why a FAILED item got no usable answer.
    failure     text CHECK (failure IN ('OFFLINE', 'TIMEOUT', 'CALL_ERROR', 'NOT_SUPPORTED', 'INVALID', 'ERROR')),
    -- The charger's status literal as sent (Accepted, Rejected, Scheduled...), or the template check's verdict.
    status      text,
    error       text,
    -- The audit log entry of the last attempt (command_log.id), when the action was a command.
    command_id  uuid,
    result      jsonb,
    attempts    integer          NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    started_at  timestamptz,
    finished_at timestamptz,
    PRIMARY KEY (job_id, charger),
    CONSTRAINT bulk_job_items_failure CHECK ((state = 'FAILED') = (failure IS NOT NULL))
);
CREATE INDEX bulk_job_items_by_state ON bulk_job_items (job_id, state, charger);
