package io.busbar.selfhealing.internal;

import io.busbar.tenants.TenantCreated;
import io.busbar.tenants.TenantId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new tenant starts with the built-in playbooks (connector error, ghost charger, boot loop, failed session), as the
 * platform's own tenant did: without them its chargers would get no self-healing at all until someone wrote some.
 * Copied in the tenant's creating transaction; the tenant edits its copies freely.
 */
@Component
class StarterPlaybooks {
    private final JdbcClient jdbc;

    StarterPlaybooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TenantCreated event) {
        jdbc.sql("""
                        INSERT INTO playbooks (id, tenant_id, fault_type, fault_code, site_id, vendor, model, enabled, steps,
                                               version, updated_at, updated_by)
                        SELECT gen_random_uuid(), :tenant, fault_type, fault_code, NULL, NULL, NULL, enabled, steps, 1,
                               now(), 'built-in'
                          FROM playbooks
                         WHERE tenant_id = :platform AND updated_by = 'built-in' AND site_id IS NULL
                           AND vendor IS NULL AND model IS NULL""")
                .param("tenant", event.tenant().value()).param("platform", TenantId.DEFAULT.value())
                .update();
        jdbc.sql("""
                        INSERT INTO playbook_versions (playbook_id, version, enabled, steps, saved_at, saved_by)
                        SELECT id, version, enabled, steps, updated_at, updated_by FROM playbooks WHERE tenant_id = :tenant""")
                .param("tenant", event.tenant().value())
                .update();
    }
}
