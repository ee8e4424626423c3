package io.busbar.chargers;

import java.util.Set;

/**
 * Event: a security or device event notification was stored. Only the {@link #PUBLISHED} types raise it: reports
 * such as NotifyReport can be large and nobody reacts to them one by one.
 */
public record ChargerNotificationRecorded(ChargerNotification notification) {
    public static final Set<ChargerNotification.Type> PUBLISHED =
            Set.of(ChargerNotification.Type.SECURITY_EVENT, ChargerNotification.Type.DEVICE_EVENT);
}
