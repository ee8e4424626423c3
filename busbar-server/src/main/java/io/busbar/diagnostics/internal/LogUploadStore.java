package io.busbar.diagnostics.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;
import io.busbar.diagnostics.LogFile;
import io.busbar.diagnostics.LogFileId;
import io.busbar.diagnostics.LogType;
import io.busbar.diagnostics.LogUpload;
import io.busbar.diagnostics.LogUploadId;
import io.busbar.diagnostics.LogUploadStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.busbar.diagnostics.internal.FirmwareImageCatalog.instant;

/** The log_uploads and log_files tables. */
@Component
class LogUploadStore {
    private static final String COLUMNS = "id, charger, request_id, log_type, oldest, latest, status, answer_status, "
            + "filename, command_id, requested_by, requested_at, updated_at, upload_expires_at";
    private static final String FILE_COLUMNS = "id, upload_id, charger, filename, content_type, size_bytes, sha256, "
            + "received_at";
    private static final List<String> FINISHED = Arrays.stream(LogUploadStatus.values())
            .filter(LogUploadStatus::finished).map(Enum::name).toList();
    private final JdbcClient jdbc;

    LogUploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a link stands: the request it belongs to, until when it works, and whether it was used. */
    record Link(LogUploadId upload, ChargerIdentity charger, String announcedFilename, Instant expiresAt, boolean used) {
    }

    int nextRequestId() {
        return jdbc.sql("SELECT nextval('log_request_ids')").query(Integer.class).single();
    }

    void create(LogUpload upload, byte[] tokenHash) {
        jdbc.sql("""
                        INSERT INTO log_uploads (id, charger, request_id, log_type, oldest, latest, status, requested_by,
                                                 requested_at, updated_at, upload_token_hash, upload_expires_at)
                        VALUES (:id, :charger, :requestId, :type, :oldest, :latest, :status, :by, :at, :at, :hash, :expires)""")
                .param("id", upload.id().value()).param("charger", upload.charger().value())
                .param("requestId", upload.requestId()).param("type", upload.logType().name())
                .param("oldest", timestamp(upload.oldest())).param("latest", timestamp(upload.latest()))
                .param("status", upload.status().name()).param("by", upload.requestedBy())
                .param("at", Timestamp.from(upload.requestedAt())).param("hash", tokenHash)
                .param("expires", Timestamp.from(upload.uploadLinkExpiresAt()))
                .update();
    }

    /** The answer to GetLog; a request the charger's notifications already moved keeps its status. */
    @Transactional
    void answered(LogUploadId id, LogUploadStatus status, String answerStatus, String filename, CommandId commandId,
                  Instant at) {
        jdbc.sql("""
                        UPDATE log_uploads SET answer_status = :answer, filename = :filename, command_id = :command,
                               updated_at = :at,
                               status = CASE WHEN status = 'REQUESTED' OR :status = 'REJECTED' THEN :status ELSE status END
                        WHERE id = :id""")
                .param("answer", answerStatus).param("filename", filename)
                .param("command", commandId == null ? null : commandId.value()).param("at", Timestamp.from(at))
                .param("status", status.name()).param("id", id.value())
                .update();
    }

    /** Moves an unfinished request; false when it is finished or already there. */
    boolean move(LogUploadId id, LogUploadStatus status, Instant at) {
        return jdbc.sql("UPDATE log_uploads SET status = :status, updated_at = :at"
                        + " WHERE id = :id AND status <> :status AND status NOT IN (:finished)")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", id.value())
                .param("finished", FINISHED).update() > 0;
    }

    Optional<LogUploadId> target(ChargerIdentity charger, Integer requestId) {
        if (requestId != null) {
            return jdbc.sql("SELECT id FROM log_uploads WHERE charger = :charger AND request_id = :requestId")
                    .param("charger", charger.value()).param("requestId", requestId)
                    .query(UUID.class).optional().map(LogUploadId::new);
        }
        return jdbc.sql("SELECT id FROM log_uploads WHERE charger = :charger AND status NOT IN (:finished)"
                        + " ORDER BY seq DESC LIMIT 1")
                .param("charger", charger.value()).param("finished", FINISHED)
                .query(UUID.class).optional().map(LogUploadId::new);
    }

    List<LogUploadId> othersOpen(ChargerIdentity charger, LogUploadId except) {
        return jdbc.sql("SELECT id FROM log_uploads WHERE charger = :charger AND id <> :except"
                        + " AND status NOT IN (:finished)")
                .param("charger", charger.value()).param("except", except.value()).param("finished", FINISHED)
                .query(UUID.class).list().stream().map(LogUploadId::new).toList();
    }

    Optional<Link> link(byte[] tokenHash) {
        return jdbc.sql("SELECT id, charger, filename, upload_expires_at, upload_used_at FROM log_uploads"
                        + " WHERE upload_token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Link(new LogUploadId(rs.getObject("id", UUID.class)),
                        new ChargerIdentity(rs.getString("charger")), rs.getString("filename"),
                        instant(rs, "upload_expires_at"), rs.getTimestamp("upload_used_at") != null))
                .optional();
    }

    /** Uses up the link and keeps the file's metadata; false (nothing written) when someone used it first. */
    @Transactional
    boolean received(LogFile file, String storedAs) {
        int claimed = jdbc.sql("UPDATE log_uploads SET upload_used_at = :at WHERE id = :id"
                        + " AND upload_used_at IS NULL AND upload_expires_at > :at")
                .param("at", Timestamp.from(file.receivedAt())).param("id", file.uploadId().value()).update();
        if (claimed == 0) {
            return false;
        }
        jdbc.sql("""
                        INSERT INTO log_files (id, upload_id, charger, filename, content_type, size_bytes, sha256,
                                               stored_as, received_at)
                        VALUES (:id, :upload, :charger, :filename, :type, :size, :sha256, :storedAs, :at)""")
                .param("id", file.id().value()).param("upload", file.uploadId().value())
                .param("charger", file.charger().value()).param("filename", file.filename())
                .param("type", file.contentType()).param("size", file.sizeBytes()).param("sha256", file.sha256())
                .param("storedAs", storedAs).param("at", Timestamp.from(file.receivedAt()))
                .update();
        return true;
    }

    Optional<LogUpload> find(LogUploadId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM log_uploads WHERE id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    List<LogUpload> forCharger(ChargerIdentity charger, LogUploadId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM log_uploads WHERE charger = :charger"
                        + " AND (CAST(:before AS uuid) IS NULL OR seq < (SELECT seq FROM log_uploads WHERE id = CAST(:before AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("charger", charger.value()).param("before", before == null ? null : before.value())
                .param("limit", limit).query(this::map).list();
    }

    /** The file's metadata and where it is stored. */
    Optional<StoredLogFile> file(LogFileId id) {
        return jdbc.sql("SELECT " + FILE_COLUMNS + ", stored_as FROM log_files WHERE id = :id")
                .param("id", id.value())
                .query((rs, row) -> new StoredLogFile(mapFile(rs, row), rs.getString("stored_as"))).optional();
    }

    record StoredLogFile(LogFile file, String storedAs) {
    }

    private List<LogFile> files(UUID upload) {
        return jdbc.sql("SELECT " + FILE_COLUMNS + " FROM log_files WHERE upload_id = :id ORDER BY received_at")
                .param("id", upload).query(LogUploadStore::mapFile).list();
    }

    private LogUpload map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID command = rs.getObject("command_id", UUID.class);
        return new LogUpload(new LogUploadId(id), new ChargerIdentity(rs.getString("charger")),
                rs.getInt("request_id"), LogType.valueOf(rs.getString("log_type")), instant(rs, "oldest"),
                instant(rs, "latest"), LogUploadStatus.valueOf(rs.getString("status")), rs.getString("answer_status"),
                rs.getString("filename"), command == null ? null : new CommandId(command),
                rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "updated_at"),
                instant(rs, "upload_expires_at"), files(id));
    }

    private static LogFile mapFile(ResultSet rs, int row) throws SQLException {
        return new LogFile(new LogFileId(rs.getObject("id", UUID.class)),
                new io.busbar.diagnostics.LogUploadId(rs.getObject("upload_id", UUID.class)),
                new ChargerIdentity(rs.getString("charger")), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                instant(rs, "received_at"));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
