package io.busbar.diagnostics.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.OperatorCommands;
import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareImageNotFoundException;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.FirmwareUpdate;
import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import io.busbar.diagnostics.FirmwareUpdates;
import io.busbar.diagnostics.StartFirmwareUpdate;
import io.busbar.diagnostics.UpdateFirmware;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Starts update jobs and moves them along as the charger reports. */
@Component
class FirmwareUpdateJobs implements FirmwareUpdates {
    private static final Logger log = LoggerFactory.getLogger(FirmwareUpdateJobs.class);
    /** OCPP 2.0.1 FirmwareType.location is at most 512 characters; 1.6 sets no limit, the 2.0.1 one is kept. */
    private static final int MAX_LOCATION = 512;

    private final FirmwareUpdateStore store;
    private final FirmwareImages images;
    private final OperatorCommands commands;
    private final ChargerRegistry chargers;
    private final PublicUrl publicUrl;
    private final Clock clock;

    FirmwareUpdateJobs(FirmwareUpdateStore store, FirmwareImages images, OperatorCommands commands,
                       ChargerRegistry chargers, PublicUrl publicUrl, Clock clock) {
        this.store = store;
        this.images = images;
        this.commands = commands;
        this.chargers = chargers;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public FirmwareUpdate start(Actor actor, ChargerIdentity charger, StartFirmwareUpdate request) {
        if ((request.imageId() == null) == (request.location() == null || request.location().isBlank())) {
            throw new IllegalArgumentException("Give exactly one of imageId and location");
        }
        TenantId tenant = chargers.require(charger).tenant();
        Instant now = clock.instant();
        FirmwareUpdateId id = new FirmwareUpdateId(UUID.randomUUID());
        String location;
        String shownLocation;
        String expectedVersion = null;
        byte[] tokenHash = null;
        if (request.imageId() != null) {
            // A tenant's image only ever goes to its own chargers; another tenant's reads like a missing one.
            FirmwareImage image = images.find(request.imageId())
                    .filter(found -> images.tenantOf(found.id()).filter(tenant::equals).isPresent())
                    .orElseThrow(() -> new FirmwareImageNotFoundException(request.imageId()));
            // One secret per job: the link dies with the job, and one charger's link says nothing of another's.
            String token = SecretTokens.issue();
            tokenHash = SecretTokens.hash(token);
            String path = "/files/firmware/" + image.id() + "/";
            location = publicUrl.resolve(path + token);
            shownLocation = publicUrl.resolve(path + "***");
            expectedVersion = image.version();
        } else {
            location = validLocation(request.location().strip());
            shownLocation = location;
        }
        Instant retrieveAt = request.retrieveAt() == null ? now : request.retrieveAt();
        UpdateFirmware command = new UpdateFirmware(location, retrieveAt, request.retries(),
                request.retryIntervalSeconds(), store.nextRequestId(), request.installAt(),
                request.signingCertificate(), request.signature());
        FirmwareUpdate job = new FirmwareUpdate(id, charger, command.requestId(), request.imageId(), shownLocation,
                expectedVersion, retrieveAt, request.installAt(), command.signed(), FirmwareUpdateStatus.REQUESTED,
                null, null, actor.kind() + ":" + actor.id(), now, now, List.of());
        store.create(job, tokenHash);
        send(actor, charger, id, command);
        return store.find(id).orElseThrow();
    }

    private void send(Actor actor, ChargerIdentity charger, FirmwareUpdateId id, UpdateFirmware command) {
        Audited<CommandStatus> answer;
        try {
            answer = commands.execute(actor, charger, command);
        } catch (AuditedCommandException e) {
            store.answered(id, FirmwareUpdateStatus.NOT_SENT, null, e.commandId(), clock.instant(), e.getMessage());
            throw e;
        } catch (InvalidCommandException e) {
            store.answered(id, FirmwareUpdateStatus.NOT_SENT, null, null, clock.instant(), e.getMessage());
            throw e;
        }
        CommandStatus status = answer.result();
        // 2.0.1 AcceptedCanceled: accepted, and the update in progress was canceled (L01.FR.24).
        boolean accepted = status.accepted() || "AcceptedCanceled".equals(status.status());
        Instant at = clock.instant();
        store.answered(id, accepted ? FirmwareUpdateStatus.ACCEPTED : FirmwareUpdateStatus.REJECTED, status.status(),
                answer.id(), at, status.reasonCode());
        if (accepted) {
            // A charger runs one update at a time: an accepted update replaces any earlier one still open.
            for (FirmwareUpdateId other : store.othersOpen(charger, id)) {
                store.move(other, FirmwareUpdateStatus.CANCELED, null, at, "Replaced by update " + id);
            }
        }
        log.info("Firmware update {} of {}: charger answered {}", id, charger.value(), status.status());
    }

    @Override
    public Optional<FirmwareUpdate> find(FirmwareUpdateId id) {
        return store.find(id);
    }

    @Override
    public List<FirmwareUpdate> forCharger(ChargerIdentity charger, FirmwareUpdateId before, int limit) {
        return store.forCharger(charger, before, limit);
    }

    @Override
    public void reported(ChargerIdentity charger, Integer requestId, FirmwareUpdateStatus status, String literal,
                         Instant at) {
        Instant when = at == null ? clock.instant() : at;
        Optional<FirmwareUpdateId> target = store.target(charger, requestId);
        if (target.isEmpty()) {
            log.info("Firmware status {} from {} (requestId {}) matches no update job", literal, charger.value(),
                    requestId);
            return;
        }
        FirmwareUpdateId id = target.get();
        if (store.move(id, status, literal, when, null) && status == FirmwareUpdateStatus.INSTALLED) {
            store.find(id).ifPresent(this::verify);
        }
    }

    /** INSTALLED → VERIFIED once the charger has booted reporting the image's version. */
    void verify(FirmwareUpdate job) {
        if (job.status() != FirmwareUpdateStatus.INSTALLED || job.expectedVersion() == null) {
            return;
        }
        String running = chargers.find(job.charger()).map(c -> c.description() == null ? null
                : c.description().firmwareVersion()).orElse(null);
        if (Objects.equals(running, job.expectedVersion())) {
            store.move(job.id(), FirmwareUpdateStatus.VERIFIED, null, clock.instant(),
                    "Charger booted with firmware " + running);
            log.info("Firmware update {} of {} verified: running {}", job.id(), job.charger().value(), running);
        }
    }

    private static String validLocation(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("location is not a valid URI");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || location.length() > MAX_LOCATION) {
            throw new IllegalArgumentException("location must be an absolute URL with a host, at most "
                    + MAX_LOCATION + " characters");
        }
        return location;
    }
}
