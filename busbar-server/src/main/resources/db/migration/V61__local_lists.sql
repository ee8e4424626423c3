-- Local authorization lists (module locallists): per charger, whether Busbar keeps its list, which version it
-- sent, what the charger accepted and reported, and the last update's outcome.

CREATE TABLE local_lists
(
    charger           text COLLATE "C" NOT NULL PRIMARY KEY REFERENCES chargers (identity) ON DELETE CASCADE,
    enabled           boolean     NOT NULL,
    sync_state        text        NOT NULL CHECK (sync_state IN ('DISABLED', 'IN_SYNC', 'OUT_OF_SYNC', 'NOT_SUPPORTED')),
    -- OCPP list versions are 32-bit integers; 0 = nothing sent yet
    version           integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    accepted_version  integer,
    reported_version  integer,
    reported_at       timestamptz,
    last_update_type  text CHECK (last_update_type IN ('FULL', 'DIFFERENTIAL')),
    last_entries      integer,
    last_result       text,
    last_error        text,
    last_attempt_at   timestamptz,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX local_lists_enabled ON local_lists (charger) WHERE enabled;
