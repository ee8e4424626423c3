package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultType;
import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The playbooks operators see and tune. Every save is a new version, kept with who saved it. */
public interface Playbooks {
    /** The tenant's playbooks (the default tenant's include the built-in defaults). */
    List<Playbook> list(TenantId tenant);

    Optional<Playbook> find(UUID id);

    /** The tenant owning the playbook, if it exists. */
    Optional<TenantId> tenantOf(UUID id);

    /**
     * Creates or replaces the tenant's playbook with the command's key (its site, if any, is the tenant's).
     *
     * @param savedBy who (for the audit trail)
     */
    Playbook save(TenantId tenant, SavePlaybook command, String savedBy);

    /**
     * The playbook of the charger's tenant that applies to this fault at this charger (most specific scope), if
     * any: another tenant's playbook never acts on it.
     */
    Optional<Playbook> applicable(ChargerIdentity charger, FaultType type, String faultCode);
}
