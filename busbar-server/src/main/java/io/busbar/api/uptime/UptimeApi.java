package io.busbar.api.uptime;

import io.busbar.uptime.UptimeDefinition;

/** The OpenAPI tag of the uptime resources (kept here, not in ApiTags, so parallel work merges cleanly). */
final class UptimeApi {
    static final String TAG = "Uptime and SLA";
    static final String TAG_DESCRIPTION = "Uptime per EVSE, site and network, the SLA report, maintenance windows "
            + "and grid outages. Definition: " + UptimeDefinition.TEXT;

    private UptimeApi() {
    }
}
