package io.busbar.diagnostics.internal;

import io.busbar.diagnostics.FirmwareImage;
import io.busbar.diagnostics.FirmwareImageId;
import io.busbar.diagnostics.FirmwareImages;
import io.busbar.diagnostics.FirmwareUpdateStatus;
import io.busbar.diagnostics.NewFirmwareImage;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Images as files in the {@link FileStore}, metadata in firmware_images. */
@Component
class FirmwareImageCatalog implements FirmwareImages {
    private static final Logger log = LoggerFactory.getLogger(FirmwareImageCatalog.class);
    private static final String COLUMNS = "id, name, version, vendor, model, filename, size_bytes, sha256, uploaded_at";
    static final List<String> FINISHED = Arrays.stream(FirmwareUpdateStatus.values())
            .filter(FirmwareUpdateStatus::finished).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final FileStore files;
    private final FilesProperties properties;
    private final Clock clock;

    FirmwareImageCatalog(JdbcClient jdbc, FileStore files, FilesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public FirmwareImage store(TenantId tenant, NewFirmwareImage image, InputStream content) {
        require(image.name() != null && !image.name().isBlank() && image.name().length() <= 200,
                "name is required (at most 200 characters)");
        require(length(image.version()) <= 100 && length(image.vendor()) <= 100 && length(image.model()) <= 100,
                "version, vendor and model have at most 100 characters");
        FileStore.Stored stored = files.write("firmware", content, properties.maxFirmwareSize().toBytes());
        FirmwareImage saved = new FirmwareImage(new FirmwareImageId(UUID.randomUUID()), image.name().strip(),
                blankToNull(image.version()), blankToNull(image.vendor()), blankToNull(image.model()),
                filename(image.filename()), stored.size(), stored.sha256(), clock.instant());
        try {
            jdbc.sql("""
                            INSERT INTO firmware_images (id, tenant_id, name, version, vendor, model, filename,
                                                         size_bytes, sha256, stored_as, uploaded_at)
                            VALUES (:id, :tenant, :name, :version, :vendor, :model, :filename, :size, :sha256,
                                    :storedAs, :at)""")
                    .param("id", saved.id().value()).param("tenant", tenant.value()).param("name", saved.name()).param("version", saved.version())
                    .param("vendor", saved.vendor()).param("model", saved.model()).param("filename", saved.filename())
                    .param("size", saved.sizeBytes()).param("sha256", saved.sha256())
                    .param("storedAs", stored.relativePath()).param("at", Timestamp.from(saved.uploadedAt()))
                    .update();
        } catch (RuntimeException e) {
            files.delete(stored.relativePath());
            throw e;
        }
        log.info("Firmware image {} stored: {} version {} ({} bytes, sha256 {})", saved.id(), saved.name(),
                saved.version(), saved.sizeBytes(), saved.sha256());
        return saved;
    }

    @Override
    public Optional<FirmwareImage> find(FirmwareImageId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_images WHERE id = :id").param("id", id.value())
                .query(FirmwareImageCatalog::map).optional();
    }

    @Override
    public Optional<TenantId> tenantOf(FirmwareImageId id) {
        return jdbc.sql("SELECT tenant_id FROM firmware_images WHERE id = :id").param("id", id.value())
                .query(UUID.class).optional().map(TenantId::new);
    }

    @Override
    public List<FirmwareImage> list(TenantId tenant, FirmwareImageId before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM firmware_images"
                        + " WHERE tenant_id = :tenant"
                        + " AND (CAST(:before AS uuid) IS NULL OR seq < (SELECT seq FROM firmware_images WHERE id = CAST(:before AS uuid)))"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("tenant", tenant.value())
                .param("before", before == null ? null : before.value()).param("limit", limit)
                .query(FirmwareImageCatalog::map).list();
    }

    @Override
    public Optional<Download> download(FirmwareImageId id, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        // The link lives as long as an unfinished update of this image holds it (chargers retry downloads).
        Optional<String> storedAs = jdbc.sql("""
                        SELECT i.stored_as FROM firmware_images i
                        JOIN firmware_updates u ON u.image_id = i.id
                        WHERE i.id = :id AND u.download_token_hash = :hash AND u.status NOT IN (:finished)""")
                .param("id", id.value()).param("hash", SecretTokens.hash(token)).param("finished", FINISHED)
                .query(String.class).optional();
        return storedAs.flatMap(path -> find(id).map(image -> new Download(image, files.resolve(path))));
    }

    private static FirmwareImage map(ResultSet rs, int row) throws SQLException {
        Timestamp uploadedAt = rs.getTimestamp("uploaded_at");
        return new FirmwareImage(new FirmwareImageId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("version"), rs.getString("vendor"), rs.getString("model"), rs.getString("filename"),
                rs.getLong("size_bytes"), rs.getString("sha256"), uploadedAt.toInstant());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Only the last path segment of a client's file name is kept, at most 255 characters. */
    static String filename(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() ? null : last.length() > 255 ? last.substring(last.length() - 255) : last;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
