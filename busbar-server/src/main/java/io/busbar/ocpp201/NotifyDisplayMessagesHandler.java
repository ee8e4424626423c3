package io.busbar.ocpp201;

import io.busbar.chargers.ChargerNotification;
import io.busbar.commands.DisplayMessages;
import io.busbar.connectivity.NotificationRecorder;
import io.busbar.gateway.ChargerContext;
import io.busbar.gateway.InboundHandler;
import io.busbar.ocpp.message.Action;
import io.busbar.ocpp.v201.NotifyDisplayMessagesRequest;
import io.busbar.ocpp.v201.NotifyDisplayMessagesResponse;
import io.busbar.ocpp.v201.Ocpp201;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * O04: the station reports its display messages after a GetDisplayMessages. Kept as the charger's current
 * display messages (and, like every report, as a charger notification), then acknowledged.
 */
@Component("ocpp201NotifyDisplayMessages")
class NotifyDisplayMessagesHandler implements InboundHandler<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse> {
    private final DisplayMessages displayMessages;
    private final NotificationRecorder recorder;
    private final Clock clock;

    NotifyDisplayMessagesHandler(DisplayMessages displayMessages, NotificationRecorder recorder, Clock clock) {
        this.displayMessages = displayMessages;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public Action<NotifyDisplayMessagesRequest, NotifyDisplayMessagesResponse> action() {
        return Ocpp201.NOTIFY_DISPLAY_MESSAGES;
    }

    @Override
    public NotifyDisplayMessagesResponse handle(ChargerContext charger, NotifyDisplayMessagesRequest request) {
        recorder.record(charger, ChargerNotification.Type.OTHER, null, request);
        var messages = request.messageInfo() == null ? List.<io.busbar.commands.DisplayMessage>of()
                : request.messageInfo().stream().map(DisplayMessageLiterals::neutral).toList();
        displayMessages.report(Ocpp201Mapping.identity(charger), request.requestId(), messages, clock.instant());
        return new NotifyDisplayMessagesResponse();
    }
}
