-- Free-form labels operators put on chargers to address groups of them (module chargers), e.g. for bulk jobs.

CREATE TABLE charger_tags
(
    charger    text COLLATE "C" NOT NULL REFERENCES chargers (identity) ON DELETE CASCADE,
    -- Same shape as io.busbar.chargers.ChargerTag: safe in a URL path segment without escaping.
    tag        text COLLATE "C" NOT NULL CHECK (tag ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$'),
    tagged_at  timestamptz      NOT NULL,
    PRIMARY KEY (charger, tag)
);
CREATE INDEX charger_tags_by_tag ON charger_tags (tag, charger);
