package io.busbar.diagnostics.internal;

import io.busbar.platform.PeriodicJob;
import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Every {@code busbar.firmware.sweep-interval}: unfinished updates without news for
 * {@code busbar.firmware.progress-timeout} become TIMED_OUT, and INSTALLED updates whose charger has since booted with
 * the image's version become VERIFIED (for chargers that report Installed before rebooting). Idempotent under the
 * row locks, so several nodes may run it.
 */
@Component
class FirmwareProgressWatch extends PeriodicJob {
    private static final Logger log = LoggerFactory.getLogger(FirmwareProgressWatch.class);
    private final FirmwareUpdateStore store;
    private final FirmwareUpdateJobs jobs;
    private final FirmwareProperties properties;
    private final Clock clock;

    FirmwareProgressWatch(FirmwareUpdateStore store, FirmwareUpdateJobs jobs, FirmwareProperties properties,
                          Clock clock) {
        super("firmware-progress-watch", properties.sweepInterval(), "busbar.firmware.sweep-interval");
        this.store = store;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void runOnce() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.progressTimeout());
        for (FirmwareUpdateId id : store.silentSince(cutoff)) {
            if (store.move(id, FirmwareUpdateStatus.TIMED_OUT, null, now,
                    "No progress for " + properties.progressTimeout())) {
                log.info("Firmware update {} timed out", id);
            }
        }
        store.installedSince(cutoff).forEach(jobs::verify);
    }
}
