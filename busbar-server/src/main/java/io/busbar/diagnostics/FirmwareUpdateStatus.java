package io.busbar.diagnostics;

/**
 * Where a firmware update job stands. The charger's FirmwareStatusNotification literals map one to one (1.6 has a
 * subset of 2.0.1's); REQUESTED, ACCEPTED, REJECTED and NOT_SENT come from sending UpdateFirmware, VERIFIED from the
 * charger booting with the image's version, CANCELED from a later update replacing this one, TIMED_OUT from
 * {@code busbar.firmware.progress-timeout} without news.
 */
public enum FirmwareUpdateStatus {
    REQUESTED(false), ACCEPTED(false), REJECTED(true), NOT_SENT(true),
    DOWNLOAD_SCHEDULED(false), DOWNLOADING(false), DOWNLOAD_PAUSED(false), DOWNLOADED(false), DOWNLOAD_FAILED(true),
    SIGNATURE_VERIFIED(false), INVALID_SIGNATURE(true),
    INSTALL_SCHEDULED(false), INSTALLING(false), INSTALL_REBOOTING(false),
    INSTALLED(true), INSTALLATION_FAILED(true), INSTALL_VERIFICATION_FAILED(true),
    VERIFIED(true), CANCELED(true), TIMED_OUT(true);

    private final boolean finished;

    FirmwareUpdateStatus(boolean finished) {
        this.finished = finished;
    }

    /** No more progress is expected (INSTALLED may still become VERIFIED). */
    public boolean finished() {
        return finished;
    }

    /**
     * Whether news of {@code reported} moves a job in this state. Unfinished jobs take whatever the charger reports
     * (chargers skip steps, and a notification may overtake the UpdateFirmware answer); a finished job stays as it
     * is, except INSTALLED → VERIFIED, and a TIMED_OUT job whose charger turns out to be merely slow.
     */
    public boolean movesTo(FirmwareUpdateStatus reported) {
        if (reported == this) {
            return false;
        }
        if (this == INSTALLED) {
            return reported == VERIFIED;
        }
        if (this == TIMED_OUT) {
            return true;
        }
        return !finished;
    }
}
