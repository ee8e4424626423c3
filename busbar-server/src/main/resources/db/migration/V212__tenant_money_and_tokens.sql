-- Tenancy (issue 7) for drivers' money and tokens: the roots of these modules get their owner. Everything else
-- belongs to a root: a tariff assignment to its tariff, a wallet, invoice or ledger entry to its account, a CDR, a
-- payment authorization and an alert to their charger.
-- The DEFAULTs keep older code paths working while modules move over; the integrator drops them.

-- Token values stay unique across tenants: sessions, account links and payment authorizations name a token by its
-- value alone. A tenant creating another tenant's value gets the same conflict as for its own, nothing more.
ALTER TABLE id_tokens
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX id_tokens_by_tenant ON id_tokens (tenant_id, value);

ALTER TABLE accounts
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX accounts_by_tenant ON accounts (tenant_id, seq);

-- Every version of a tariff has the tariff's tenant (the catalogue writes it from the first version on).
ALTER TABLE tariff_versions
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX tariff_versions_by_tenant ON tariff_versions (tenant_id, tariff_id);

ALTER TABLE price_schedule_entries
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);

ALTER TABLE alert_rules
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX alert_rules_by_tenant ON alert_rules (tenant_id, seq);
