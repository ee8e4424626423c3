package io.busbar.smartcharging;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The charging-profile commands, registered with {@link io.busbar.commands.CommandTypes}. */
@Configuration(proxyBeanMethods = false)
class SmartChargingCommandTypes {
    @Bean
    CommandType<SetChargingLimit> setChargingLimitCommand() {
        return CommandType.of(SetChargingLimit.class, "Limit the running transaction on an EVSE (TxProfile)");
    }

    @Bean
    CommandType<SetFailSafeLimit> setFailSafeLimitCommand() {
        return CommandType.of(SetFailSafeLimit.class,
                "Set the limit every transaction starts with and falls back to (TxDefaultProfile)");
    }

    @Bean
    CommandType<ClearChargingLimit> clearChargingLimitCommand() {
        return CommandType.of(ClearChargingLimit.class, "Clear charging profiles");
    }
}
