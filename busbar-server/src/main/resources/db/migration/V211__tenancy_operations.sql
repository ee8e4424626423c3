-- Tenancy for the charging operations (issue 7): the operations resources without a charger, session or site of
-- their own get an owner. Everything else (sessions, commands, reservations, faults, firmware updates, log
-- uploads, drift reports, tickets, playbook runs, uptime exclusions...) belongs to its charger or site and is
-- filtered through it. The DEFAULT is transitional, as in V210.
ALTER TABLE configuration_templates
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id),
    -- Names are unique within a tenant: another tenant's name must neither collide nor be confirmed.
    DROP CONSTRAINT configuration_templates_name_key,
    ADD CONSTRAINT configuration_templates_tenant_name_key UNIQUE (tenant_id, name);

ALTER TABLE firmware_images
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX firmware_images_by_tenant ON firmware_images (tenant_id, seq DESC);

ALTER TABLE bulk_jobs
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
CREATE INDEX bulk_jobs_by_tenant ON bulk_jobs (tenant_id, seq DESC);

-- A playbook acts only on its tenant's chargers; the built-in defaults of V200 are the default tenant's.
ALTER TABLE playbooks
    ADD COLUMN tenant_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001' REFERENCES tenants (id);
DROP INDEX playbooks_key;
CREATE UNIQUE INDEX playbooks_key ON playbooks (tenant_id, fault_type, coalesce(fault_code, ''),
                                                coalesce(site_id::text, ''), coalesce(vendor, ''), coalesce(model, ''));
