package io.busbar.commands;

import io.busbar.commands.CommandTypes.CommandType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The everyday remote-control commands, registered with {@link CommandTypes}. */
@Configuration(proxyBeanMethods = false)
class RemoteControlCommandTypes {
    @Bean
    CommandType<Reset> resetCommand() {
        return CommandType.of(Reset.class, "Restart the charger (SOFT = 1.6 Soft / 2.0.1 OnIdle, HARD = 1.6 Hard / "
                + "2.0.1 Immediate), or one EVSE (2.0.1)");
    }

    @Bean
    CommandType<UnlockConnector> unlockConnectorCommand() {
        return CommandType.of(UnlockConnector.class, "Release the cable lock of a connector");
    }

    @Bean
    CommandType<ChangeAvailability> changeAvailabilityCommand() {
        return CommandType.of(ChangeAvailability.class, "Make the charger, an EVSE or a connector operative or inoperative");
    }

    @Bean
    CommandType<TriggerMessage> triggerMessageCommand() {
        return CommandType.of(TriggerMessage.class, "Ask the charger to send a message now (StatusNotification, ...)");
    }

    @Bean
    CommandType<DataTransfer> dataTransferCommand() {
        return CommandType.of(DataTransfer.class, "Send vendor-specific data to the charger");
    }

    @Bean
    CommandType<RemoteStart> remoteStartCommand() {
        return CommandType.of(RemoteStart.class, "Start a transaction for a token");
    }

    @Bean
    CommandType<RemoteStop> remoteStopCommand() {
        return CommandType.of(RemoteStop.class, "Stop a transaction by the charger's transaction id");
    }

    @Bean
    CommandType<GetCompositeSchedule> getCompositeScheduleCommand() {
        return CommandType.of(GetCompositeSchedule.class, "Read the limits the charger will apply to an EVSE");
    }

    @Bean
    CommandType<SetDisplayMessage> setDisplayMessageCommand() {
        return CommandType.of(SetDisplayMessage.class, "Show a message on the charger's display (2.0.1)");
    }

    @Bean
    CommandType<GetDisplayMessages> getDisplayMessagesCommand() {
        return CommandType.of(GetDisplayMessages.class, "Ask the charger to report its display messages (2.0.1)");
    }

    @Bean
    CommandType<ClearDisplayMessage> clearDisplayMessageCommand() {
        return CommandType.of(ClearDisplayMessage.class, "Remove a display message from the charger (2.0.1)");
    }
}
