package io.busbar.diagnostics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Files Busbar keeps (firmware images, uploaded logs).
 *
 * @param directory          where the files live ({@code BUSBAR_FILES_DIRECTORY})
 * @param maxFirmwareSize    the largest firmware image accepted
 * @param maxLogSize         the largest log upload accepted (larger: 413)
 * @param uploadLinkValidity how long a log upload link can be used
 */
@ConfigurationProperties("busbar.files")
record FilesProperties(@DefaultValue("./files") Path directory,
                       @DefaultValue("256MB") DataSize maxFirmwareSize,
                       @DefaultValue("50MB") DataSize maxLogSize,
                       @DefaultValue("1h") Duration uploadLinkValidity) {
}
