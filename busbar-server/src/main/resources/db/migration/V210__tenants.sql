-- Tenants (issue 7): several CPOs, or brands of one, on one Busbar. Every resource belongs to exactly one tenant,
-- either directly (tenant_id on the roots: sites, chargers, API keys, ...) or through its root (a session through
-- its charger). Data that existed before tenants belongs to the 'default' tenant, the platform operator's own.
CREATE TABLE tenants
(
    id            uuid        NOT NULL PRIMARY KEY,
    -- The public handle in feed URLs (/api/v1/public/{slug}/availability): lower-case, digits and dashes.
    slug          text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    -- White-label brand shown to drivers (apps, e-mails, receipts); all optional.
    brand_name    text CHECK (brand_name IS NULL OR length(btrim(brand_name)) BETWEEN 1 AND 100),
    brand_color   text CHECK (brand_color IS NULL OR brand_color ~ '^#[0-9a-f]{6}$'),
    support_email text CHECK (support_email IS NULL OR support_email ~ '^[^@\s]+@[^@\s]+$'),
    logo_url      text CHECK (logo_url IS NULL OR logo_url ~ '^https://'),
    created_at    timestamptz NOT NULL
);

INSERT INTO tenants (id, slug, name, created_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'default', 'Default', now());

-- The DEFAULT keeps code that does not name a tenant yet working while modules move over; a later migration
-- drops it so that forgetting the tenant fails loudly.
ALTER TABLE sites
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id),
    -- WGS 84, for "chargers near me"; both or neither.
    ADD COLUMN latitude  numeric(8, 6) CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    ADD CONSTRAINT sites_coordinates_together CHECK ((latitude IS NULL) = (longitude IS NULL)),
    ADD CONSTRAINT sites_tenant_id_key UNIQUE (tenant_id, id);
CREATE INDEX sites_by_tenant ON sites (tenant_id, name, id);

ALTER TABLE chargers
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id),
    -- A charger's site belongs to the charger's tenant, by construction.
    ADD CONSTRAINT chargers_site_of_same_tenant FOREIGN KEY (tenant_id, site_id) REFERENCES sites (tenant_id, id);
CREATE INDEX chargers_by_tenant ON chargers (tenant_id, identity);

ALTER TABLE api_keys
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, created_at DESC);
