package io.busbar.api.faults;

import io.busbar.faults.DriverAvailability;
import io.busbar.faults.Fault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

/** The fault log and availability as JSON. */
final class FaultDtos {
    static final String TAG_FAULTS = "Faults";
    static final String TAG_AVAILABILITY = "Availability";

    private FaultDtos() {
    }

    record FaultResponse(String id, String chargerId, Integer evseId, String type, String severity, String code,
                         String description, Map<String, Object> source, Instant openedAt, Instant closedAt,
                         String closedBecause, boolean open) {
        static FaultResponse of(Fault fault) {
            return new FaultResponse(fault.id().toString(), fault.charger().value(), fault.evseId(),
                    fault.type().name(), fault.severity().name(), fault.code(), fault.description(), fault.source(),
                    fault.openedAt(), fault.closedAt(), fault.closedBecause(), fault.open());
        }
    }

    record CloseRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record AvailabilityResponse(String chargerId, String siteId, int evseId, String availability, Instant since,
                                String reason) {
        static AvailabilityResponse of(DriverAvailability.EvseAvailability evse) {
            return new AvailabilityResponse(evse.charger().value(),
                    evse.siteId() == null ? null : evse.siteId().toString(), evse.evseId(),
                    evse.availability().name(), evse.since(), evse.reason());
        }
    }

    static final String FAULT_EXAMPLE = """
            {"id": "0b8f5f7e-3c1d-4c52-9a55-5d7c1c0f0a11", "chargerId": "CP-0042", "evseId": 1,
             "type": "CONNECTOR_ERROR", "severity": "ERROR", "code": "GroundFailure",
             "description": "Connector 1 FAULTED: GroundFailure",
             "source": {"kind": "StatusNotification", "connectorId": 1, "status": "FAULTED", "errorCode": "GroundFailure",
                        "reportedAt": "2026-11-27T08:00:00Z"},
             "openedAt": "2026-11-27T08:00:00Z", "closedAt": "2026-11-27T08:12:30Z",
             "closedBecause": "recovered: AVAILABLE", "open": false}""";
    static final String LIST_EXAMPLE = "{\"items\": [" + FAULT_EXAMPLE + "], \"next\": null}";
    static final String CLOSE_EXAMPLE = """
            {"reason": "Replaced the RCD on site; ticket MT-118"}""";
    static final String CLOSED_EXAMPLE = """
            {"id": "0b8f5f7e-3c1d-4c52-9a55-5d7c1c0f0a11", "chargerId": "CP-0042", "evseId": 1,
             "type": "GHOST_CHARGER", "severity": "ERROR", "code": "NoEnergyFlow",
             "description": "Charging without energy flowing since 2026-11-27T08:00:00Z", "source": {"kind": "Session"},
             "openedAt": "2026-11-27T08:05:00Z", "closedAt": "2026-11-27T09:00:00Z",
             "closedBecause": "Replaced the contactor; ticket MT-119", "open": false}""";
    static final String AVAILABILITY_EXAMPLE = """
            {"items": [
              {"chargerId": "CP-0042", "siteId": "6f1c9a3e-2b7d-4e4a-8f0e-1d2c3b4a5e6f", "evseId": 1,
               "availability": "AVAILABLE", "since": "2026-11-27T07:40:00Z"},
              {"chargerId": "CP-0042", "siteId": "6f1c9a3e-2b7d-4e4a-8f0e-1d2c3b4a5e6f", "evseId": 2,
               "availability": "OUT_OF_ORDER", "since": "2026-11-27T08:05:00Z",
               "reason": "GHOST_CHARGER NoEnergyFlow: Charging without energy flowing since 2026-11-27T08:00:00Z"}
            ], "next": null}""";
}
