package io.busbar.smartcharging;

import io.busbar.chargers.ChargerIdentity;

/** Where the adapters deliver an EV's charging needs. */
public interface ChargingNeedsReports {
    /**
     * Keeps the needs for the session on that EVSE and recomputes the site's limits.
     *
     * @return true when Busbar manages the EVSE's load (a schedule will follow), false when it does not
     */
    boolean report(ChargerIdentity charger, int evseId, EvChargingNeeds needs);
}
