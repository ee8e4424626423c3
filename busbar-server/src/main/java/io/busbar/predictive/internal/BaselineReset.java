package io.busbar.predictive.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.predictive.EvseBaselines;
import io.busbar.predictive.internal.EvseHealthTracker.EvseKey;
import org.springframework.stereotype.Component;

@Component
class BaselineReset implements EvseBaselines {
    private final RiskRecorder recorder;

    BaselineReset(RiskRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void reset(ChargerIdentity charger, int evseId, String requestedBy) {
        if (evseId < 1) {
            throw new IllegalArgumentException("EVSE ids start at 1: " + evseId);
        }
        recorder.reset(new EvseKey(charger, evseId), requestedBy);
    }
}
