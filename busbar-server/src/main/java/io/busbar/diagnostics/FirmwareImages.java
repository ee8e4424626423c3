package io.busbar.diagnostics;

import io.busbar.tenants.TenantId;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Firmware images stored under {@code busbar.files.directory}, their metadata in PostgreSQL. */
public interface FirmwareImages {
    /**
     * Streams {@code content} to a file (SHA-256 computed on the way) and keeps its metadata. Nothing is kept when
     * the content is larger than {@code busbar.files.max-firmware-size} or cannot be read.
     *
     * @throws FileTooLargeException    past the size limit
     * @param tenant the owner: only its chargers are ever updated with this image
     * @throws IllegalArgumentException for a blank name or overlong metadata
     */
    FirmwareImage store(TenantId tenant, NewFirmwareImage image, InputStream content);

    Optional<FirmwareImage> find(FirmwareImageId id);

    /** The tenant owning the image, if it exists. */
    Optional<TenantId> tenantOf(FirmwareImageId id);

    /** The tenant's images, newest first; {@code before} is an exclusive cursor (an image id), null for the first page. */
    List<FirmwareImage> list(TenantId tenant, FirmwareImageId before, int limit);

    /**
     * The image's file for a charger holding a download link of an unfinished update of this image (the token
     * is the last path segment of the location Busbar sent). Empty for an unknown image or token.
     */
    Optional<Download> download(FirmwareImageId id, String token);

    record Download(FirmwareImage image, Path file) {
    }
}
