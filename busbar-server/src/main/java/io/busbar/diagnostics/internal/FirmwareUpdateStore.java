package io.busbar.diagnostics.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.commands.CommandId;
import io.busbar.diagnostics.FirmwareImageId;
import io.busbar.diagnostics.FirmwareUpdate;
import io.busbar.diagnostics.FirmwareUpdateId;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.busbar.diagnostics.internal.FirmwareImageCatalog.FINISHED;
import static io.busbar.diagnostics.internal.FirmwareImageCatalog.instant;

/** The firmware_updates and firmware_update_history tables. Every status change locks the job's row. */
@Component
class FirmwareUpdateStore {
    private static final String COLUMNS = "id, charger, request_id, image_id, location, expected_version, retrieve_at, "
            + "install_at, signed, status, answer_status, command_id, requested_by, created_at, updated_at";
    private final JdbcClient jdbc;

    FirmwareUpdateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextRequestId() {
        return jdbc.sql("SELECT nextval('firmware_request_ids')").query(Integer.class).single();
    }

    @Transactional
    void create(FirmwareUpdate job, byte[] downloadTokenHash) {
        jdbc.sql("""
                        INSERT INTO firmware_updates (id, charger, request_id, image_id, location, download_token_hash,
                               expected_version, retrieve_at, install_at, signed, status, requested_by, created_at, updated_at)
                        VALUES (:id, :charger, :requestId, :imageId, :location, :hash, :expected, :retrieveAt, :installAt,
                                :signed, :status, :by, :at, :at)""")
                .param("id", job.id().value()).param("charger", job.charger().value())
                .param("requestId", job.requestId())
                .param("imageId", job.imageId() == null ? null : job.imageId().value())
                .param("location", job.location()).param("hash", downloadTokenHash)
                .param("expected", job.expectedVersion()).param("retrieveAt", Timestamp.from(job.retrieveAt()))
                .param("installAt", job.installAt() == null ? null : Timestamp.from(job.installAt()))
                .param("signed", job.signed()).param("status", job.status().name()).param("by", job.requestedBy())
                .param("at", Timestamp.from(job.createdAt()))
                .update();
        step(job.id(), job.status(), null, job.createdAt(), null);
    }

    /**
     * The charger's answer (or why there was none). A job still REQUESTED moves to {@code status}; one the
     * charger's notifications already moved keeps its state, unless the answer is a refusal.
     */
    @Transactional
    void answered(FirmwareUpdateId id, FirmwareUpdateStatus status, String answerStatus, CommandId commandId,
                  Instant at, String detail) {
        FirmwareUpdateStatus current = lock(id);
        jdbc.sql("UPDATE firmware_updates SET answer_status = :answer, command_id = :command WHERE id = :id")
                .param("answer", answerStatus).param("command", commandId == null ? null : commandId.value())
                .param("id", id.value()).update();
        if (current == FirmwareUpdateStatus.REQUESTED
                || status == FirmwareUpdateStatus.REJECTED && !current.finished()) {
            setStatus(id, status, at);
        }
        step(id, status, null, at, detail);
    }

    /** Moves the job if its state allows ({@link FirmwareUpdateStatus#movesTo}); false when it stays. */
    @Transactional
    boolean move(FirmwareUpdateId id, FirmwareUpdateStatus status, String reported, Instant at, String detail) {
        FirmwareUpdateStatus current = lock(id);
        if (!current.movesTo(status)) {
            return false;
        }
        setStatus(id, status, at);
        step(id, status, reported, at, detail);
        return true;
    }

    /** The job a notification is about: by 2.0.1 requestId, else the charger's latest unfinished one. */
    Optional<FirmwareUpdateId> target(ChargerIdentity charger, Integer requestId) {
        if (requestId != null) {
            return jdbc.sql("SELECT id FROM firmware_updates WHERE charger = :charger AND request_id = :requestId")
                    .param("charger", charger.value()).param("requestId", requestId)
                    .query(UUID.class).optional().map(FirmwareUpdateId::new);
        }
        return jdbc.sql("SELECT id FROM firmware_updates WHERE charger = :charger AND status NOT IN (:finished)"
                        + " ORDER BY seq DESC LIMIT 1")
                .param("charger", charger.value()).param("finished", FINISHED)
                .query(UUID.class).optional().map(FirmwareUpdateId::new);
    }

    /** The charger's other unfinished jobs, which a newer accepted update replaces. */
    List<FirmwareUpdateId> othersOpen(ChargerIdentity charger, FirmwareUpdateId except) {
        return jdbc.sql("SELECT id FROM firmware_updates WHERE charger = :charger AND id <> :except"
                        + " AND status NOT IN (:finished)")
                .param("charger", charger.value()).param("except", except.value()).param("finished", FINISHED)
                .query(UUID.class).list().stream().map(FirmwareUpdateId::new).toList();
    }

    /** Unfinished jobs whose last news, retrieveAt and installAt are all before {@code cutoff}. */
    List<FirmwareUpdateId> silentSince(Instant cutoff) {
        return jdbc.sql("SELECT id FROM firmware_updates WHERE status NOT IN (:finished)"
                        + " AND GREATEST(updated_at, retrieve_at, COALESCE(install_at, retrieve_at)) < :cutoff")
                .param("finished", FINISHED).param("cutoff", Timestamp.from(cutoff))
                .query(UUID.class).list().stream().map(FirmwareUpdateId::new).toList();
    }

    /** INSTALLED jobs with a known target version, installed after {@code since}: candidates for VERIFIED. */
    List<FirmwareUpdate> installedSince(Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_updates WHERE status = 'INSTALLED'"
                        + " AND expected_version IS NOT NULL AND updated_at >= :since")
                .param("since", Timestamp.from(since)).query(this::map).list();
    }

    Optional<FirmwareUpdate> find(FirmwareUpdateId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_updates WHERE id = :id").param("id", id.value())
                .query(this::map).optional();
    }

    List<FirmwareUpdate> forCharger(ChargerIdentity charger, FirmwareUpdateId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_updates WHERE charger = :charger"
                        + " AND (CAST(:before AS uuid) IS NULL OR seq < (SELECT seq FROM firmware_updates WHERE id = CAST(:before AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("charger", charger.value()).param("before", before == null ? null : before.value())
                .param("limit", limit).query(this::map).list();
    }

    private FirmwareUpdateStatus lock(FirmwareUpdateId id) {
        return FirmwareUpdateStatus.valueOf(jdbc.sql("SELECT status FROM firmware_updates WHERE id = :id FOR UPDATE")
                .param("id", id.value()).query(String.class).single());
    }

    private void setStatus(FirmwareUpdateId id, FirmwareUpdateStatus status, Instant at) {
        jdbc.sql("UPDATE firmware_updates SET status = :status, updated_at = :at WHERE id = :id")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("id", id.value()).update();
    }

    private void step(FirmwareUpdateId id, FirmwareUpdateStatus status, String reported, Instant at, String detail) {
        jdbc.sql("INSERT INTO firmware_update_history (update_id, status, reported, at, detail)"
                        + " VALUES (:id, :status, :reported, :at, :detail)")
                .param("id", id.value()).param("status", status.name()).param("reported", reported)
                .param("at", Timestamp.from(at)).param("detail", detail).update();
    }

    private List<FirmwareUpdate.Step> history(UUID id) {
        return jdbc.sql("SELECT status, reported, at, detail FROM firmware_update_history WHERE update_id = :id ORDER BY seq")
                .param("id", id)
                .query((rs, row) -> new FirmwareUpdate.Step(FirmwareUpdateStatus.valueOf(rs.getString("status")),
                        rs.getString("reported"), instant(rs, "at"), rs.getString("detail")))
                .list();
    }

    private FirmwareUpdate map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID image = rs.getObject("image_id", UUID.class);
        UUID command = rs.getObject("command_id", UUID.class);
        return new FirmwareUpdate(new FirmwareUpdateId(id), new ChargerIdentity(rs.getString("charger")),
                rs.getInt("request_id"), image == null ? null : new FirmwareImageId(image), rs.getString("location"),
                rs.getString("expected_version"), instant(rs, "retrieve_at"), instant(rs, "install_at"),
                rs.getBoolean("signed"), FirmwareUpdateStatus.valueOf(rs.getString("status")),
                rs.getString("answer_status"), command == null ? null : new CommandId(command),
                rs.getString("requested_by"), instant(rs, "created_at"), instant(rs, "updated_at"), history(id));
    }
}
