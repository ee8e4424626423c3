package io.busbar.uptime;

/** The definition the report implements, in the words the API description and docs/uptime.md use. */
public final class UptimeDefinition {
    public static final String TEXT = """
            Per EVSE, uptime = up / (monitored − excluded). Up means: the charger is online, no open fault of severity \
            ERROR or CRITICAL holds the EVSE (or the whole charger), the charger as a whole (EVSE 0) is not Unavailable \
            or Faulted, and a connector of the EVSE is Available, Occupied, Preparing, Charging, SuspendedEV, \
            SuspendedEVSE, Finishing or Reserved. Every other monitored second is down: offline time is down unless \
            excluded. Excluded time is an operator's planned maintenance window (a site or one charger) or a grid \
            outage (a site), entered through the API; it counts neither as up nor as down. Monitoring of an EVSE \
            starts with its first status report: time before it is unmonitored (not yet installed or never seen) and \
            left out of the figures; time after the present is not counted. A second that is both excluded and down \
            is excluded. Site and network uptime are time-weighted over their EVSEs (sum of up over sum of monitored \
            minus excluded). The charge-success rate is separate: of the authorised sessions started in the period that have \
            ended, those that delivered energy and ended for a normal reason, over all of them.""";

    private UptimeDefinition() {
    }
}
