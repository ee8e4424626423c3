-- Registered id tokens (module authorization). Looked up by value whatever the type a charger reports.
-- COLLATE "C" on value: byte order keeps the list cursor stable whatever the locale.

CREATE TABLE id_tokens
(
    value      text COLLATE "C" NOT NULL PRIMARY KEY CHECK (length(value) BETWEEN 1 AND 255),
    type       text        NOT NULL CHECK (type IN ('ISO14443', 'ISO15693', 'EMAID', 'CENTRAL', 'LOCAL', 'KEY_CODE',
                                                    'MAC_ADDRESS', 'NO_AUTHORIZATION')),
    label      text,
    blocked    boolean     NOT NULL DEFAULT false,
    expires_at timestamptz,
    group_id   text,
    created_at timestamptz NOT NULL
);
CREATE INDEX id_tokens_by_group ON id_tokens (group_id) WHERE group_id IS NOT NULL;
