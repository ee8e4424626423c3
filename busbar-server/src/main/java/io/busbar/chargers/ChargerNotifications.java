package io.busbar.chargers;

import java.util.List;

/** Stores notifications; a FIRMWARE_STATUS with a "status" detail also becomes the charger's firmware status. */
public interface ChargerNotifications {
    void record(ChargerNotification notification);

    List<ChargerNotification> recent(ChargerIdentity identity, ChargerNotification.Type type, int limit);
}
