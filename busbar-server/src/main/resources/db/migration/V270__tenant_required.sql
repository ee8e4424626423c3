-- Every module now names the tenant on each insert (issue 7): the defaults that kept older code working while
-- modules moved over go, so that forgetting the tenant fails loudly instead of filing data under the default tenant.
-- Chargers keep theirs on purpose: an unregistered charger that connects (BUSBAR_OCPP_UNKNOWN_CHARGERS = pending or
-- accept) is admitted into the platform operator's default tenant, which may then hand it over.
ALTER TABLE sites ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE api_keys ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE configuration_templates ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE firmware_images ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE bulk_jobs ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE playbooks ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE id_tokens ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE accounts ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE tariff_versions ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE price_schedule_entries ALTER COLUMN tenant_id DROP DEFAULT;
ALTER TABLE alert_rules ALTER COLUMN tenant_id DROP DEFAULT;
