package io.busbar.predictive.internal;

import io.busbar.predictive.method.PredictiveSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings under {@code busbar.predictive} (defaults explained in docs/predictive-maintenance.md).
 *
 * @param warningThreshold risk at which FailurePredicted is published (once per crossing)
 * @param rearmMargin      the risk must fall this far below the threshold before a new crossing counts
 */
@ConfigurationProperties("busbar.predictive")
record PredictiveProperties(@DefaultValue("0.5") double warningThreshold, @DefaultValue("0.1") double rearmMargin,
                            @DefaultValue("10") double minCurrentA, @DefaultValue("1") double idleCurrentA,
                            @DefaultValue("20m") Duration warmUp, @DefaultValue("3h") Duration referenceMaxAge,
                            @DefaultValue("8") int baselineSessions, @DefaultValue("7") int recentSessions,
                            @DefaultValue("32") double referenceCurrentA, @DefaultValue("1d") Duration faultBucket,
                            @DefaultValue("7") int recentBuckets, @DefaultValue("60") int historyBuckets,
                            @DefaultValue("10") int endingsWindow) {
    PredictiveProperties {
        if (warningThreshold <= 0 || warningThreshold > 1) {
            throw new IllegalArgumentException("busbar.predictive.warning-threshold is in (0, 1]: " + warningThreshold);
        }
        if (rearmMargin < 0 || rearmMargin >= warningThreshold) {
            throw new IllegalArgumentException("busbar.predictive.rearm-margin is in [0, threshold): " + rearmMargin);
        }
        // validates the method's parameters at start-up (the parameters: fields are not assigned yet)
        new PredictiveSettings(minCurrentA, idleCurrentA, warmUp, referenceMaxAge, baselineSessions, recentSessions,
                referenceCurrentA, faultBucket, recentBuckets, historyBuckets, endingsWindow);
    }

    PredictiveSettings settings() {
        return new PredictiveSettings(minCurrentA, idleCurrentA, warmUp, referenceMaxAge, baselineSessions,
                recentSessions, referenceCurrentA, faultBucket, recentBuckets, historyBuckets, endingsWindow);
    }
}
