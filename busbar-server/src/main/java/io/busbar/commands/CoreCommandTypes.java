package io.busbar.commands;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command records of this module, registered with {@link CommandTypes}. */
@Configuration(proxyBeanMethods = false)
class CoreCommandTypes {
    @Bean
    CommandType<ClearCache> clearCacheCommand() {
        return CommandType.of(ClearCache.class, "Clear the charger's authorization cache");
    }
}
