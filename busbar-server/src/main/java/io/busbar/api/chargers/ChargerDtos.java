package io.busbar.api.chargers;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerNotification;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The published JSON of the chargers resource; separate from the domain records so either can evolve. */
final class ChargerDtos {
    static final String REGISTER_EXAMPLE = """
            {"identity": "CP-0042", "password": "s3cret-basic-auth-pw", "siteId": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44",
             "label": "Car park level 2, bay 4"}""";
    static final String PASSWORD_EXAMPLE = """
            {"password": "s3cret-basic-auth-pw"}""";
    static final String DETAIL_EXAMPLE = """
            {"identity": "CP-0042", "siteId": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44", "label": "Car park level 2, bay 4",
             "registration": "ACCEPTED", "hasPassword": true, "online": true, "lastSeen": "2025-03-01T09:30:00Z",
             "connectedSince": "2025-03-01T06:00:00Z", "lastBootAt": "2025-03-01T06:00:01Z", "protocol": "ocpp2.0.1",
             "vendor": "Acme", "model": "AC22", "serialNumber": "SN-123", "firmwareVersion": "1.4.2",
             "firmwareStatus": "Installed", "createdAt": "2025-02-01T12:00:00Z",
             "evses": [{"evseId": 1, "connectors": [{"connectorId": 1, "status": "CHARGING",
               "errorCode": "NoError", "statusAt": "2025-03-01T09:00:00Z"}]}]}""";
    static final String LIST_EXAMPLE = """
            {"items": [{"identity": "CP-0042", "siteId": "5b1c7e0a-3f7d-4a51-9b6e-2d8f6c1a9e44",
              "label": "Car park level 2, bay 4", "registration": "ACCEPTED", "online": true,
              "lastSeen": "2025-03-01T09:30:00Z", "protocol": "ocpp2.0.1", "vendor": "Acme", "model": "AC22",
              "firmwareVersion": "1.4.2"}],
             "next": "CP-0042"}""";
    static final String PRESENCE_EXAMPLE = """
            {"items": [{"online": false, "detail": "link dead", "at": "2025-03-01T08:00:00Z"},
                       {"online": true, "detail": "ocpp2.0.1 from 10.0.0.7", "at": "2025-03-01T06:00:00Z"}],
             "next": null}""";
    static final String NOTIFICATIONS_EXAMPLE = """
            {"items": [{"type": "FIRMWARE_STATUS", "timestamp": "2025-03-01T05:59:00Z",
              "details": {"status": "Installed", "requestId": 7}}], "next": null}""";

    private ChargerDtos() {
    }

    record RegisterChargerRequest(
            @Schema(description = "The identity the charger connects with (ws://host/ocpp/{identity})", example = "CP-0042")
            @NotBlank @Size(max = 48)
            // ':' cannot appear in a Basic-auth user name (RFC 7617 §2); '/', '?', '#' and blanks break the URL.
            @Pattern(regexp = "[^/:?#\\s]*", message = "must not contain '/', ':', '?', '#' or blanks")
            String identity,
            @Schema(description = "HTTP Basic password for security profiles 1 and 2; stored hashed, never returned")
            @Size(min = 16, max = 40) String password,
            UUID siteId,
            @Size(max = 100) String label) {
        @Override
        public String toString() {
            return "RegisterChargerRequest[identity=" + identity + ", password=" + (password == null ? "none" : "***")
                    + ", siteId=" + siteId + ", label=" + label + "]";
        }
    }

    /** OCPP 2.0.1 SecurityCtrlr.BasicAuthPassword holds at most 40 characters; the security guidance asks for 16+. */
    record ChangePasswordRequest(@NotNull @Size(min = 16, max = 40) String password) {
        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }

    record ChargerSummary(String identity, UUID siteId, String label, RegistrationStatus registration, boolean online,
                          Instant lastSeen, String protocol, String vendor, String model, String firmwareVersion) {
        static ChargerSummary of(Charger charger) {
            ChargerDescription description = describe(charger);
            return new ChargerSummary(charger.identity().value(), siteUuid(charger), charger.label(),
                    charger.registration(), charger.online(), charger.lastSeen(), charger.protocol(),
                    description.vendor(), description.model(), description.firmwareVersion());
        }
    }

    record ChargerDetail(String identity, UUID siteId, String label, RegistrationStatus registration,
                         boolean hasPassword, boolean online, Instant lastSeen, Instant connectedSince,
                         Instant lastBootAt,
                         @Schema(description = "Negotiated OCPP subprotocol", example = "ocpp1.6") String protocol,
                         String vendor, String model, String serialNumber, String firmwareVersion,
                         String firmwareStatus, String iccid, String imsi, String meterType,
                         String meterSerialNumber, Instant createdAt, List<EvseResponse> evses) {
        static ChargerDetail of(Charger charger) {
            ChargerDescription d = describe(charger);
            List<EvseResponse> evses = charger.evses() == null ? List.of()
                    : charger.evses().stream().map(EvseResponse::of).toList();
            return new ChargerDetail(charger.identity().value(), siteUuid(charger), charger.label(),
                    charger.registration(), charger.hasPassword(), charger.online(), charger.lastSeen(),
                    charger.connectedSince(), charger.lastBootAt(), charger.protocol(), d.vendor(), d.model(),
                    d.serialNumber(), d.firmwareVersion(), charger.firmwareStatus(), d.iccid(), d.imsi(),
                    d.meterType(), d.meterSerialNumber(), charger.createdAt(), evses);
        }
    }

    record EvseResponse(int evseId, List<ConnectorResponse> connectors) {
        static EvseResponse of(Charger.Evse evse) {
            return new EvseResponse(evse.evseId(), evse.connectors().stream().map(ConnectorResponse::of).toList());
        }
    }

    record ConnectorResponse(int connectorId, ConnectorStatus status, String errorCode, String vendorErrorCode,
                             String info, Instant statusAt) {
        static ConnectorResponse of(Charger.Connector connector) {
            return new ConnectorResponse(connector.connectorId(), connector.status(), connector.errorCode(),
                    connector.vendorErrorCode(), connector.info(), connector.statusAt());
        }
    }

    record PresenceEventResponse(boolean online, String detail, Instant at) {
        static PresenceEventResponse of(ChargerPresence.PresenceEvent event) {
            return new PresenceEventResponse(event.online(), event.detail(), event.at());
        }
    }

    record NotificationResponse(ChargerNotification.Type type, Instant timestamp, Map<String, Object> details) {
        static NotificationResponse of(ChargerNotification notification) {
            return new NotificationResponse(notification.type(), notification.timestamp(), notification.details());
        }
    }

    private static ChargerDescription describe(Charger charger) {
        // A registered charger that never booted has told Busbar nothing yet.
        return charger.description() != null ? charger.description()
                : new ChargerDescription(null, null, null, null, null, null, null, null);
    }

    private static UUID siteUuid(Charger charger) {
        return charger.siteId() == null ? null : charger.siteId().value();
    }
}
