package io.busbar.api.smartcharging;

/** OpenAPI examples of the load-management resources. */
final class LoadManagementExamples {
    static final String TOPOLOGY = """
            {"lineToNeutralV": 230, "lineToLineV": 400,
             "grid": {"id": "grid", "limits": {"l1": 250, "l2": 250, "l3": 250}, "maxPowerKw": 170},
             "breakers": [{"id": "garage", "parent": "grid", "limits": {"l1": 125, "l2": 125, "l3": 125}}],
             "evses": [
               {"charger": "CP-001", "evseId": 1, "parent": "garage", "wiring": {"type": "THREE_PHASE", "rotation": "RST"},
                "maxCurrentA": 32, "minCurrentA": 6, "stepA": 1, "priority": 0},
               {"charger": "CP-002", "evseId": 1, "parent": "garage", "wiring": {"type": "LINE_TO_NEUTRAL", "line": "L2"},
                "maxCurrentA": 32, "priority": 1}],
             "policies": {"demandCharge": {"capKw": 120, "windowMinutes": 15, "holdMonthPeak": true},
                          "timeOfUse": {"enabled": true, "prices": [{"from": "07:00", "pricePerKwh": 0.32},
                                                                    {"from": "23:00", "pricePerKwh": 0.18}]},
                          "defaultDwellMinutes": 480, "sharing": "PLANNED"},
             "nonEvLoad": {"maxAgeSeconds": 120, "worstCase": {"l1": 60, "l2": 60, "l3": 60}}}""";
    static final String STORED_TOPOLOGY = "{\"site\": \"5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44\", \"revision\": 3,"
            + " \"updatedAt\": \"2025-03-01T09:00:00Z\", \"document\": " + TOPOLOGY + "}";
    static final String SITE_LOAD = """
            {"l1": 42.5, "l2": 38.0, "l3": 51.2, "at": "2025-03-01T09:00:00Z"}""";
    static final String ALLOCATION = """
            {"site": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "topologyRevision": 3,
             "computedAt": "2025-03-01T09:00:01.120Z", "failSafeA": 15.6,
             "nonEvLoad": {"l1": 42.5, "l2": 38.0, "l3": 51.2}, "nonEvLoadSource": "REPORTED",
             "evses": [
               {"charger": "CP-001", "evseId": 1, "sessionId": "0c6e6a2e-8a51-4a39-a3c1-3b3f7d1e9a11", "limitA": 21.0,
                "phases": 3, "reason": "LIMITED_BY_PHASE_L3", "constraint": "garage/L3", "state": "CONFIRMED",
                "confirmedA": 21.0, "measuredA": 20.7, "stateOfCharge": 34, "lastSentAt": "2025-03-01T09:00:01.125Z",
                "lastResult": "Accepted"},
               {"charger": "CP-002", "evseId": 1, "state": "IDLE"}]}""";
    static final String LOAD_SERIES = """
            {"items": [{"minute": "2025-03-01T09:00:00Z", "drawnA": {"l1": 180.2, "l2": 176.0, "l3": 190.4},
                        "limitA": {"l1": 250, "l2": 250, "l3": 250}, "allocatedA": {"l1": 185.0, "l2": 180.0, "l3": 196.0},
                        "energyKwh": 2.104}],
             "next": null}""";
    static final String DEMAND = """
            {"site": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "at": "2025-03-01T09:07:30Z", "windowMinutes": 15,
             "rollingAverageKw": 112.4, "todayPeakKw": 118.9, "todayPeakWindow": "2025-03-01T08:30:00Z",
             "monthPeakKw": 119.6, "monthPeakWindow": "2025-03-01T08:15:00Z", "capKw": 120}""";

    private LoadManagementExamples() {
    }
}
