package io.busbar.faults.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code busbar.faults.*}: every threshold of fault detection.
 *
 * @param checkInterval          how often the periodic checks run (connection grace, boot-loop quiet, ghosts)
 * @param connectionGrace        a drop shorter than this is no fault (the charger reconnects at once)
 * @param bootLoopBoots          this many boots ...
 * @param bootLoopWindow         ... within this window is a boot loop
 * @param bootLoopQuiet          a boot loop closes after this long without a boot
 * @param failedSessionMinimum   a session this long (or longer) that delivered 0 Wh failed
 * @param ghostFailedStarts      this many failed sessions in a row on an EVSE make it a ghost
 * @param ghostNoEnergy          charging with no energy flowing for this long makes the EVSE a ghost
 * @param ghostPowerThresholdW   a power reading at or below this counts as "no energy flowing"
 * @param meterSampleInterval    the meter-value interval chargers are expected to keep during a session
 * @param ghostSilentSamples     an active session without meter values for this many intervals is a ghost
 * @param recording              false: no fault is opened (a test of another module that publishes its own fault
 *                               events); true by default
 */
@ConfigurationProperties("busbar.faults")
record FaultProperties(Duration checkInterval, Duration connectionGrace, Integer bootLoopBoots,
                       Duration bootLoopWindow, Duration bootLoopQuiet, Duration failedSessionMinimum,
                       Integer ghostFailedStarts, Duration ghostNoEnergy, Long ghostPowerThresholdW,
                       Duration meterSampleInterval, Integer ghostSilentSamples, Boolean recording) {
    FaultProperties {
        recording = recording == null || recording;
        checkInterval = positive(checkInterval, Duration.ofSeconds(10), "check-interval");
        connectionGrace = positive(connectionGrace, Duration.ofSeconds(30), "connection-grace");
        bootLoopBoots = bootLoopBoots == null ? 5 : bootLoopBoots; // a firmware update and a reset are not a loop
        bootLoopWindow = positive(bootLoopWindow, Duration.ofMinutes(10), "boot-loop-window");
        bootLoopQuiet = positive(bootLoopQuiet, Duration.ofMinutes(30), "boot-loop-quiet");
        failedSessionMinimum = positive(failedSessionMinimum, Duration.ofMinutes(2), "failed-session-minimum");
        ghostFailedStarts = ghostFailedStarts == null ? 3 : ghostFailedStarts;
        ghostNoEnergy = positive(ghostNoEnergy, Duration.ofSeconds(50), "ghost-no-energy");
        ghostPowerThresholdW = ghostPowerThresholdW == null ? 50L : ghostPowerThresholdW;
        meterSampleInterval = positive(meterSampleInterval, Duration.ofSeconds(60), "meter-sample-interval");
        ghostSilentSamples = ghostSilentSamples == null ? 5 : ghostSilentSamples;
        if (bootLoopBoots < 2 || ghostFailedStarts < 1 || ghostSilentSamples < 1) {
            throw new IllegalArgumentException(
                    "busbar.faults: boot-loop-boots >= 2, ghost-failed-starts >= 1, ghost-silent-samples >= 1");
        }
    }

    private static Duration positive(Duration value, Duration fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("busbar.faults." + key + " must be positive");
        }
        return value;
    }
}
