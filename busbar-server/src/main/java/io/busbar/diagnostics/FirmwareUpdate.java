package io.busbar.diagnostics;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;

import java.time.Instant;
import java.util.List;

/**
 * One firmware update of one charger. {@code location} is where the charger was told to download from, with a
 * Busbar download link's secret replaced by {@code ***}; {@code expectedVersion} the image's version (null for an
 * external location); {@code answerStatus} the charger's answer to UpdateFirmware as sent; {@code history} every
 * status in order of arrival.
 */
public record FirmwareUpdate(FirmwareUpdateId id, ChargerIdentity charger, int requestId, FirmwareImageId imageId,
                             String location, String expectedVersion, Instant retrieveAt, Instant installAt,
                             boolean signed, FirmwareUpdateStatus status, String answerStatus, CommandId commandId,
                             String requestedBy, Instant createdAt, Instant updatedAt, List<Step> history) {

    /** {@code reported} is the charger's literal (e.g. "DownloadFailed"), null for Busbar's own steps. */
    public record Step(FirmwareUpdateStatus status, String reported, Instant at, String detail) {
    }
}
