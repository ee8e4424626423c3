package io.busbar.chargers;

/** Event: a charger notification (security event, device event, status report...) was stored. */
public record ChargerNotificationRecorded(ChargerNotification notification) {
}
