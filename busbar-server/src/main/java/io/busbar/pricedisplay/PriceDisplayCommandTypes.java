package io.busbar.pricedisplay;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The price display commands, registered with {@link io.busbar.commands.CommandTypes}. */
@Configuration(proxyBeanMethods = false)
class PriceDisplayCommandTypes {
    @Bean
    CommandType<ShowTariff> showTariffCommand() {
        return CommandType.of(ShowTariff.class, "Show a driver their price (OCPP 1.6 California pricing SetUserPrice)");
    }

    @Bean
    CommandType<ShowRunningCost> showRunningCostCommand() {
        return CommandType.of(ShowRunningCost.class, "Show the running cost of a transaction");
    }

    @Bean
    CommandType<ShowFinalCost> showFinalCostCommand() {
        return CommandType.of(ShowFinalCost.class, "Show the final cost of a transaction (OCPP 1.6 California pricing FinalCost)");
    }
}
