package io.busbar.diagnostics;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.Actor;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Log uploads: a one-time upload link per request, the GetLog/GetDiagnostics command, progress and the files. */
public interface LogUploads {
    /**
     * Creates the request with a fresh upload link ({@code <public-url>/uploads/<token>}: 256 random bits, stored
     * hashed, single use, valid for {@code busbar.files.upload-link-validity}), sends {@link GetLog} through the audited
     * command port and returns the request after the answer. No usable answer: kept as NOT_SENT, exception rethrown.
     *
     * @throws io.busbar.chargers.ChargerNotFoundException unknown charger
     * @throws io.busbar.commands.AuditedCommandException  no usable answer
     * @throws io.busbar.commands.InvalidCommandException  e.g. a security log from a 1.6 charger
     */
    LogUpload request(Actor actor, ChargerIdentity charger, RequestLog request);

    Optional<LogUpload> find(LogUploadId id);

    /** Newest first; {@code before} is an exclusive cursor (a request id), null for the first page. */
    List<LogUpload> forCharger(ChargerIdentity charger, LogUploadId before, int limit);

    /** A status the charger reported; without {@code requestId} (1.6) its latest unfinished request is meant. */
    void reported(ChargerIdentity charger, Integer requestId, LogUploadStatus status, String literal, Instant at);

    /**
     * Takes the file uploaded to the link whose last path segment is {@code token}: checks the link before
     * reading, streams the content to a file (at most {@code busbar.files.max-log-size}), then uses up the link.
     *
     * @throws UploadLinkException   unknown, used or expired link (nothing read)
     * @throws FileTooLargeException past the size limit (nothing kept, the link stays usable)
     */
    LogFile receive(String token, String filename, String contentType, InputStream content);

    Optional<Content> content(LogFileId id);

    record Content(LogFile file, Path path) {
    }
}
