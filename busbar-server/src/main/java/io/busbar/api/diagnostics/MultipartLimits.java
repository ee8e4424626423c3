package io.busbar.api.diagnostics;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Spring Boot's multipart defaults (1 MB per file, 10 MB per request) would refuse firmware images before Busbar
 * sees them. The container's limit is the largest file Busbar takes at all (plus room for the form's other fields);
 * each endpoint applies its own, smaller limit while streaming. Parts above 1 MB go to temporary files, not memory.
 * Replaces {@code spring.servlet.multipart.*}.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {
    private static final long FORM_OVERHEAD = DataSize.ofMegabytes(1).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(
            @Value("${busbar.files.max-firmware-size:256MB}") DataSize maxFirmwareSize,
            @Value("${busbar.files.max-log-size:50MB}") DataSize maxLogSize) {
        long largest = Math.max(maxFirmwareSize.toBytes(), maxLogSize.toBytes());
        return new MultipartConfigElement("", largest, largest + FORM_OVERHEAD, (int) DataSize.ofMegabytes(1).toBytes());
    }
}
