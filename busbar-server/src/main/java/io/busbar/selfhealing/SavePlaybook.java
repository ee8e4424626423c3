package io.busbar.selfhealing;

import io.busbar.chargers.SiteId;
import io.busbar.faults.FaultType;

import java.util.List;

/**
 * Creates or replaces (new version) the playbook with this key: fault type, fault code (null = any), and scope
 * (site, or vendor + model, or neither for the default).
 */
public record SavePlaybook(FaultType faultType, String faultCode, SiteId siteId, String vendor, String model,
                           boolean enabled, List<PlaybookStep> steps) {
    public SavePlaybook {
        if (faultType == null) {
            throw new InvalidPlaybookException("faultType is required");
        }
        if (siteId != null && (vendor != null || model != null)) {
            throw new InvalidPlaybookException("a playbook is for a site or for a charger model, not both");
        }
        if ((vendor == null) != (model == null)) {
            throw new InvalidPlaybookException("vendor and model go together");
        }
        if (steps == null || steps.isEmpty() || steps.size() > 50) {
            throw new InvalidPlaybookException("steps: give 1 to 50 steps");
        }
        steps = List.copyOf(steps);
        int human = steps.indexOf(PlaybookStep.of(PlaybookStepKind.CALL_HUMAN));
        if (human >= 0 && human != steps.size() - 1) {
            throw new InvalidPlaybookException("CALL_HUMAN ends a run: it must be the last step");
        }
    }
}
