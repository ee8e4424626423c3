package io.busbar.selfhealing;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The playbooks operators see and tune. Every save is a new version, kept with who saved it. */
public interface Playbooks {
    List<Playbook> list();

    Optional<Playbook> find(UUID id);

    /** Creates or replaces the playbook with the command's key. @param savedBy who (for the audit trail) */
    Playbook save(SavePlaybook command, String savedBy);

    /** The playbook that applies to this fault at this charger (most specific scope), if any. */
    Optional<Playbook> applicable(ChargerIdentity charger, FaultType type, String faultCode);
}
