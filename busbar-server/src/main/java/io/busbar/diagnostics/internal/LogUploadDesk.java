package io.busbar.diagnostics.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.Actor;
import io.busbar.commands.Audited;
import io.busbar.commands.AuditedCommandException;
import io.busbar.commands.InvalidCommandException;
import io.busbar.commands.OperatorCommands;
import io.busbar.diagnostics.GetLog;
import io.busbar.diagnostics.GetLogResult;
import io.busbar.diagnostics.LogFile;
import io.busbar.diagnostics.LogFileId;
import io.busbar.diagnostics.LogUpload;
import io.busbar.diagnostics.LogUploadId;
import io.busbar.diagnostics.LogUploadStatus;
import io.busbar.diagnostics.LogUploads;
import io.busbar.diagnostics.RequestLog;
import io.busbar.diagnostics.UploadLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues upload links, sends GetLog, follows the charger's progress and takes the uploaded files. */
@Component
class LogUploadDesk implements LogUploads {
    private static final Logger log = LoggerFactory.getLogger(LogUploadDesk.class);
    private final LogUploadStore store;
    private final FileStore files;
    private final FilesProperties properties;
    private final OperatorCommands commands;
    private final ChargerRegistry chargers;
    private final PublicUrl publicUrl;
    private final Clock clock;

    LogUploadDesk(LogUploadStore store, FileStore files, FilesProperties properties, OperatorCommands commands,
                  ChargerRegistry chargers, PublicUrl publicUrl, Clock clock) {
        this.store = store;
        this.files = files;
        this.properties = properties;
        this.commands = commands;
        this.chargers = chargers;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public LogUpload request(Actor actor, ChargerIdentity charger, RequestLog request) {
        if (request.logType() == null) {
            throw new IllegalArgumentException("logType is required");
        }
        if (request.oldest() != null && request.latest() != null && request.oldest().isAfter(request.latest())) {
            throw new IllegalArgumentException("oldest must not be after latest");
        }
        chargers.require(charger);
        Instant now = clock.instant();
        String token = SecretTokens.issue();
        LogUpload upload = new LogUpload(new LogUploadId(UUID.randomUUID()), charger, store.nextRequestId(),
                request.logType(), request.oldest(), request.latest(), LogUploadStatus.REQUESTED, null, null, null,
                actor.kind() + ":" + actor.id(), now, now, now.plus(properties.uploadLinkValidity()), List.of());
        store.create(upload, SecretTokens.hash(token));
        GetLog command = new GetLog(request.logType().literal(), upload.requestId(),
                publicUrl.resolve("/uploads/" + token), request.oldest(), request.latest(), request.retries(),
                request.retryInterval());
        Audited<GetLogResult> answer;
        try {
            answer = commands.execute(actor, charger, command);
        } catch (AuditedCommandException e) {
            store.answered(upload.id(), LogUploadStatus.NOT_SENT, null, null, e.commandId(), clock.instant());
            throw e;
        } catch (InvalidCommandException e) {
            store.answered(upload.id(), LogUploadStatus.NOT_SENT, null, null, null, clock.instant());
            throw e;
        }
        GetLogResult result = answer.result();
        store.answered(upload.id(), result.accepted() ? LogUploadStatus.ACCEPTED : LogUploadStatus.REJECTED,
                result.status(), result.filename(), answer.id(), clock.instant());
        if ("AcceptedCanceled".equals(result.status())) {
            // OCPP 2.0.1 N01.FR.12: the station canceled the upload in progress for this one.
            store.othersOpen(charger, upload.id()).forEach(other -> store.move(other, LogUploadStatus.CANCELED, now));
        }
        log.info("Log upload {} of {}: charger answered {} ({})", upload.id(), charger.value(), result.status(),
                result.filename());
        return store.find(upload.id()).orElseThrow();
    }

    @Override
    public Optional<LogUpload> find(LogUploadId id) {
        return store.find(id);
    }

    @Override
    public List<LogUpload> forCharger(ChargerIdentity charger, LogUploadId before, int limit) {
        return store.forCharger(charger, before, limit);
    }

    @Override
    public void reported(ChargerIdentity charger, Integer requestId, LogUploadStatus status, String literal,
                         Instant at) {
        Optional<LogUploadId> target = store.target(charger, requestId);
        if (target.isEmpty()) {
            log.info("Log status {} from {} (requestId {}) matches no request", literal, charger.value(), requestId);
            return;
        }
        store.move(target.get(), status, at == null ? clock.instant() : at);
    }

    @Override
    public LogFile receive(String token, String filename, String contentType, InputStream content) {
        LogUploadStore.Link link = store.link(SecretTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new UploadLinkException(UploadLinkException.Reason.UNKNOWN));
        requireUsable(link);
        FileStore.Stored stored = files.write("logs", content, properties.maxLogSize().toBytes());
        String name = FirmwareImageCatalog.filename(filename);
        LogFile file = new LogFile(new LogFileId(UUID.randomUUID()), link.upload(), link.charger(),
                name != null ? name : link.announcedFilename() != null ? link.announcedFilename() : "log",
                contentType, stored.size(), stored.sha256(), clock.instant());
        boolean kept;
        try {
            kept = store.received(file, stored.relativePath());
        } catch (RuntimeException e) {
            files.delete(stored.relativePath());
            throw e;
        }
        if (!kept) {
            // Another upload to the same link won the race, or it expired while this one streamed.
            files.delete(stored.relativePath());
            requireUsable(store.link(SecretTokens.hash(token)).orElseThrow());
            throw new UploadLinkException(UploadLinkException.Reason.USED);
        }
        log.info("Log file {} from {} received: {} ({} bytes)", file.id(), file.charger().value(), file.filename(),
                file.sizeBytes());
        return file;
    }

    private void requireUsable(LogUploadStore.Link link) {
        if (link.used()) {
            throw new UploadLinkException(UploadLinkException.Reason.USED);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new UploadLinkException(UploadLinkException.Reason.EXPIRED);
        }
    }

    @Override
    public Optional<Content> content(LogFileId id) {
        return store.file(id).map(stored -> new Content(stored.file(), files.resolve(stored.storedAs())));
    }
}
