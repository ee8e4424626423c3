package io.busbar.devicemodel;

import io.busbar.chargers.ChargerIdentity;

/** Port for the 2.0.1 adapter: the parts of device-model reports (NotifyReport) as they arrive. */
public interface DeviceReports {
    /**
     * Stores the part durably (a repeated part is ignored) and, when it is the last one ({@code tbc} false),
     * assembles the report into the charger's inventory: a report Busbar asked for as a full inventory refresh
     * replaces the inventory, any other report updates the variables it contains.
     */
    void received(ChargerIdentity charger, ReportPart part);
}
