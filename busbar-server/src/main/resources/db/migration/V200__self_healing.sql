-- Self-healing playbooks (declarative steps per fault type, scoped default / site / charger model) and their runs.
CREATE TABLE playbooks (
    id          uuid PRIMARY KEY,
    fault_type  text        NOT NULL,
    fault_code  text,
    -- Scope: both null = the default; site_id = one site; vendor + model = one charger model.
    site_id     uuid,
    vendor      text,
    model       text,
    enabled     boolean     NOT NULL,
    steps       jsonb       NOT NULL,
    version     integer     NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL,
    CONSTRAINT playbooks_one_scope CHECK (site_id IS NULL OR (vendor IS NULL AND model IS NULL)),
    CONSTRAINT playbooks_model_pair CHECK ((vendor IS NULL) = (model IS NULL))
);
CREATE UNIQUE INDEX playbooks_key ON playbooks (fault_type, coalesce(fault_code, ''), coalesce(site_id::text, ''),
                                                coalesce(vendor, ''), coalesce(model, ''));

-- Every version of every playbook, as saved: the audit trail of who tuned what.
CREATE TABLE playbook_versions (
    playbook_id uuid        NOT NULL REFERENCES playbooks (id),
    version     integer     NOT NULL,
    enabled     boolean     NOT NULL,
    steps       jsonb       NOT NULL,
    saved_at    timestamptz NOT NULL,
    saved_by    text        NOT NULL,
    PRIMARY KEY (playbook_id, version)
);

CREATE TABLE playbook_runs (
    id           uuid PRIMARY KEY,
    fault_id     uuid        NOT NULL UNIQUE,  -- one run per fault: a redelivered FaultOpened starts nothing
    charger      text COLLATE "C" NOT NULL REFERENCES chargers (identity),
    evse_id      integer,
    fault_type   text        NOT NULL,
    severity     text        NOT NULL,
    fault_code   text,
    playbook_id  uuid        NOT NULL REFERENCES playbooks (id),
    playbook_version integer NOT NULL,
    state        text        NOT NULL CHECK (state IN ('RUNNING', 'RECOVERED', 'ESCALATED')),
    recovered_at timestamptz,               -- set by the recovery watcher (status back to Available, fault closed)
    recovered_because text,
    started_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    summary      text
);
CREATE INDEX playbook_runs_charger ON playbook_runs (charger, started_at DESC);
CREATE INDEX playbook_runs_running ON playbook_runs (charger, evse_id) WHERE state = 'RUNNING';

CREATE TABLE playbook_run_steps (
    run_id      uuid        NOT NULL REFERENCES playbook_runs (id),
    position    integer     NOT NULL,
    step        text        NOT NULL,
    charger     text COLLATE "C" NOT NULL,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    command     text,        -- what was sent, e.g. "Reset SOFT evse 1"
    command_id  uuid,        -- its command_log entry
    answer      text,        -- the charger's status literal, or why there was none
    outcome     text,
    detail      text,
    PRIMARY KEY (run_id, position)
);
-- The reset rate limit counts resets sent to a charger in a window.
CREATE INDEX playbook_run_steps_resets ON playbook_run_steps (charger, started_at) WHERE outcome = 'SENT'
    AND step IN ('SOFT_RESET', 'HARD_RESET');

-- Built-in defaults (scope: every charger). Operators tune, disable or override them per site or model via REST.
INSERT INTO playbooks (id, fault_type, enabled, steps, version, updated_at, updated_by) VALUES
 (gen_random_uuid(), 'CONNECTOR_ERROR', true, '[{"step":"SOFT_RESET"},{"step":"WAIT_RECOVERY","seconds":120},
   {"step":"HARD_RESET"},{"step":"WAIT_RECOVERY","seconds":180},{"step":"UNLOCK_CONNECTOR"},
   {"step":"WAIT_RECOVERY","seconds":60},{"step":"MARK_UNAVAILABLE"},{"step":"CALL_HUMAN"}]', 1, now(), 'built-in'),
 (gen_random_uuid(), 'GHOST_CHARGER', true, '[{"step":"SOFT_RESET"},{"step":"WAIT_RECOVERY","seconds":180},
   {"step":"HARD_RESET"},{"step":"WAIT_RECOVERY","seconds":300},{"step":"MARK_UNAVAILABLE"},{"step":"CALL_HUMAN"}]',
   1, now(), 'built-in'),
 -- A boot loop is not reset (that would feed the loop): take it out of service and call someone.
 (gen_random_uuid(), 'BOOT_LOOP', true, '[{"step":"MARK_UNAVAILABLE"},{"step":"CALL_HUMAN"}]', 1, now(), 'built-in'),
 (gen_random_uuid(), 'SESSION_FAILED', true, '[{"step":"SOFT_RESET"},{"step":"WAIT_RECOVERY","seconds":120},
   {"step":"CALL_HUMAN"}]', 1, now(), 'built-in');
INSERT INTO playbook_versions (playbook_id, version, enabled, steps, saved_at, saved_by)
SELECT id, version, enabled, steps, updated_at, updated_by FROM playbooks;
