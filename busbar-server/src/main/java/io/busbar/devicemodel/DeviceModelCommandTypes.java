package io.busbar.devicemodel;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The configuration and device-model commands, for the generic command endpoint and bulk jobs. */
@Configuration(proxyBeanMethods = false)
class DeviceModelCommandTypes {
    @Bean
    CommandType<GetConfiguration> getConfigurationCommand() {
        return CommandType.of(GetConfiguration.class, "OCPP 1.6: read configuration keys (all when none are given)");
    }

    @Bean
    CommandType<ChangeConfiguration> changeConfigurationCommand() {
        return CommandType.of(ChangeConfiguration.class, "OCPP 1.6: change one configuration key");
    }

    @Bean
    CommandType<GetVariables> getVariablesCommand() {
        return CommandType.of(GetVariables.class, "OCPP 2.0.1: read device-model variables");
    }

    @Bean
    CommandType<SetVariables> setVariablesCommand() {
        return CommandType.of(SetVariables.class, "OCPP 2.0.1: set device-model variables");
    }

    @Bean
    CommandType<GetBaseReport> getBaseReportCommand() {
        return CommandType.of(GetBaseReport.class, "OCPP 2.0.1: ask for a base report (arrives as NotifyReport)");
    }

    @Bean
    CommandType<GetReport> getReportCommand() {
        return CommandType.of(GetReport.class, "OCPP 2.0.1: ask for a report on chosen components/variables");
    }
}
