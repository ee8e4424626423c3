package io.busbar.locallists;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local-list commands, for the generic command endpoint and stored commands. */
@Configuration(proxyBeanMethods = false)
class LocalListCommandTypes {
    @Bean
    CommandType<SendLocalList> sendLocalListCommand() {
        return CommandType.of(SendLocalList.class, "Send a full or differential local authorization list");
    }

    @Bean
    CommandType<GetLocalListVersion> getLocalListVersionCommand() {
        return CommandType.of(GetLocalListVersion.class, "Ask the version of the charger's local authorization list");
    }
}
