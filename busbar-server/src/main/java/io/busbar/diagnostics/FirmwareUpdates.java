package io.busbar.diagnostics;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Firmware update jobs: started by an operator, moved along by the charger's status notifications. */
public interface FirmwareUpdates {
    /**
     * Creates the job (REQUESTED), sends {@link UpdateFirmware} through the audited command port and returns the
     * job as it stands after the answer: ACCEPTED or REJECTED, or further if the charger's notifications overtook
     * the answer. A job whose command got no answer is kept as NOT_SENT and the command's exception is rethrown.
     *
     * @throws io.busbar.chargers.ChargerNotFoundException      unknown charger
     * @throws FirmwareImageNotFoundException                    unknown image
     * @throws IllegalArgumentException                          neither or both of image and location, bad location
     * @throws io.busbar.commands.AuditedCommandException        no usable answer (offline, timeout, CALLERROR...)
     * @throws io.busbar.commands.InvalidCommandException        the charger's version cannot express the request
     */
    FirmwareUpdate start(Actor actor, ChargerIdentity charger, StartFirmwareUpdate request);

    Optional<FirmwareUpdate> find(FirmwareUpdateId id);

    /** Newest first; {@code before} is an exclusive cursor (a job id), null for the first page. */
    List<FirmwareUpdate> forCharger(ChargerIdentity charger, FirmwareUpdateId before, int limit);

    /**
     * A status the charger reported. {@code requestId} (2.0.1) names the job; without it (1.6, or a 2.0.1 Idle) the
     * charger's latest unfinished job is meant. News for no job is ignored (the adapters keep the notification).
     */
    void reported(ChargerIdentity charger, Integer requestId, FirmwareUpdateStatus status, String literal, Instant at);
}
