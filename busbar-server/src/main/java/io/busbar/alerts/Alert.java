package io.busbar.alerts;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;

import java.time.Instant;

/**
 * @param rule      null when no rule matched a HumanNeded event (it alerts anyway, with no one to deliver to)
 * @param sourceRef the fault id, the playbook run id, or "charger/evse@time" of a prediction
 * @param level     the highest escalation level told so far (1 when raised)
 */
public record Alert(AlertId id, AlertRuleId rule, AlertSource source, String sourceRef, FaultId fault,
                    AlertState state, FaultSeverity severity, ChargerIdentity charger, Integer evseId,
                    FaultType faultType, String title, String description, int level, Instant raisedAt,
                    Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt, String resolvedBecause) {
}
