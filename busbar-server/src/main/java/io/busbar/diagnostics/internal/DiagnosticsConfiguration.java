package io.busbar.diagnostics.internal;

import io.busbar.commands.CommandTypes.CommandType;
import io.busbar.diagnostics.GetLog;
import io.busbar.diagnostics.UpdateFirmware;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's settings and its command records, registered with {@link io.busbar.commands.CommandTypes}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FilesProperties.class, FirmwareProperties.class})
class DiagnosticsConfiguration {
    @Bean
    CommandType<UpdateFirmware> updateFirmwareCommand() {
        return CommandType.of(UpdateFirmware.class, "Download and install firmware from a location");
    }

    @Bean
    CommandType<GetLog> getLogCommand() {
        return CommandType.of(GetLog.class, "Upload a diagnostics or security log to a location");
    }
}
