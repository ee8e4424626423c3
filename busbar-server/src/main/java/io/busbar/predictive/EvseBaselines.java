package io.busbar.predictive;

import io.busbar.chargers.ChargerIdentity;

/** What an EVSE has learned as its normal, which an operator clears after a repair. */
public interface EvseBaselines {
    /**
     * Forgets the EVSE's learned statistics and clears its risk and warning: its next sessions form a new baseline,
     * and a later crossing of the warning threshold publishes {@link FailurePredicted} again. Idempotent.
     *
     * @param requestedBy who asked, for the log (e.g. the API key)
     */
    void reset(ChargerIdentity charger, int evseId, String requestedBy);
}
