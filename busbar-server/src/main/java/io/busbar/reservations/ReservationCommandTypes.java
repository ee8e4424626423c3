package io.busbar.reservations;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reservation commands, for the generic command endpoint and stored commands. */
@Configuration(proxyBeanMethods = false)
class ReservationCommandTypes {
    @Bean
    CommandType<ReserveNow> reserveNowCommand() {
        return CommandType.of(ReserveNow.class, "Reserve an EVSE (or any EVSE of the charger) for one id token");
    }

    @Bean
    CommandType<CancelReservation> cancelReservationCommand() {
        return CommandType.of(CancelReservation.class, "Cancel a reservation the charger holds");
    }
}
