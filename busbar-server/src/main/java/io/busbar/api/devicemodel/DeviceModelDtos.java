package io.busbar.api.devicemodel;

import io.busbar.devicemodel.ConfigurationTemplate;
import io.busbar.devicemodel.DriftReport;
import io.busbar.devicemodel.InventoryRefresh;
import io.busbar.devicemodel.InventorySummary;
import io.busbar.devicemodel.Setting;
import io.busbar.devicemodel.SettingChange;
import io.busbar.devicemodel.TemplateDefinition;
import io.busbar.devicemodel.VariableRef;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and response bodies of the settings, inventory, template and drift endpoints. */
public final class DeviceModelDtos {
    public static final String TAG_SETTINGS = "Settings and device model";
    public static final String TAG_TEMPLATES = "Configuration templates";

    static final String INVENTORY_EXAMPLE = """
            {"charger": "CP-0001", "reportedAt": "2026-11-27T09:00:01Z", "settings": 37, "pendingReboot": false,
             "pendingRebootSince": null, "refreshRequestId": null, "refreshRequestedAt": null}""";
    static final String REFRESH_EXAMPLE = """
            {"requestId": 1004, "status": "Accepted", "complete": false,
             "inventory": {"charger": "CP-0002", "reportedAt": null, "settings": 0, "pendingReboot": false,
                           "refreshRequestId": 1004, "refreshRequestedAt": "2026-11-27T09:00:00Z"}}""";
    static final String SETTINGS_EXAMPLE = """
            {"items": [{"name": "HeartbeatInterval", "raw": "OCPPCommCtrlr.HeartbeatInterval", "key": null,
              "variable": {"component": "OCPPCommCtrlr", "variable": "HeartbeatInterval"}, "attributeType": "Actual",
              "value": "300", "mutability": "ReadWrite", "persistent": true, "constant": false, "unit": "s",
              "dataType": "integer", "minLimit": 0, "maxLimit": null, "valuesList": null,
              "reportedAt": "2026-11-27T09:00:01Z"}], "next": null}""";
    static final String VALUE_EXAMPLE = """
            {"name": "HeartbeatInterval", "raw": "HeartbeatInterval", "value": "300", "status": "Accepted",
             "readonly": false, "readAt": "2026-11-27T09:00:00Z"}""";
    static final String CHANGE_REQUEST_EXAMPLE = """
            {"value": "600"}""";
    static final String CHANGE_EXAMPLE = """
            {"name": "WebSocketPingInterval", "raw": "WebSocketPingInterval", "value": "60", "status": "RebootRequired",
             "rebootRequired": true, "reasonCode": null, "additionalInfo": null,
             "commandId": "5f0c3a9e-8d1b-4f7e-9a51-1c2d3e4f5a6b"}""";
    static final String TEMPLATE_REQUEST_EXAMPLE = """
            {"name": "ACME fleet defaults", "vendor": "ACME", "model": "Wallbox-22", "chargers": [],
             "settings": {"HeartbeatInterval": "300", "MeterValueSampleInterval": "60"},
             "autoCorrect": true, "priority": 0}""";
    static final String TEMPLATE_EXAMPLE = """
            {"id": "0b6f7e2c-1d3a-4b5c-8d9e-0f1a2b3c4d5e", "name": "ACME fleet defaults", "vendor": "ACME",
             "model": "Wallbox-22", "chargers": [], "settings": {"HeartbeatInterval": "300",
             "MeterValueSampleInterval": "60"}, "autoCorrect": true, "priority": 0,
             "createdAt": "2026-11-27T09:00:00Z", "updatedAt": "2026-11-27T09:00:00Z"}""";
    static final String TEMPLATES_EXAMPLE = "{\"items\": [" + TEMPLATE_EXAMPLE + "], \"next\": null}";
    static final String DRIFT_CHECK_EXAMPLE = """
            {"correct": true}""";
    static final String DRIFT_EXAMPLE = """
            {"charger": "CP-0001", "template": "ACME fleet defaults", "checkedAt": "2026-11-27T09:00:02Z",
             "inSync": true, "drifts": [{"setting": "HeartbeatInterval", "desired": "300", "reported": "60",
             "correction": {"status": "Accepted", "corrected": true, "rebootRequired": false}}]}""";
    static final String DRIFTS_EXAMPLE = """
            {"items": [{"charger": "CP-0007", "template": "ACME fleet defaults", "checkedAt": "2026-11-27T09:00:02Z",
              "inSync": false, "drifts": [{"setting": "HeartbeatInterval", "desired": "300", "reported": "60",
              "correction": null}]}], "next": null}""";

    private DeviceModelDtos() {
    }

    public record InventoryResponse(String charger, Instant reportedAt, int settings, boolean pendingReboot,
                                    Instant pendingRebootSince, Integer refreshRequestId,
                                    Instant refreshRequestedAt) {
        static InventoryResponse of(InventorySummary s) {
            return new InventoryResponse(s.charger().value(), s.reportedAt(), s.settings(), s.pendingReboot(),
                    s.pendingRebootSince(), s.refreshRequestId(), s.refreshRequestedAt());
        }
    }

    @Schema(description = "complete: true when the inventory was stored now (1.6); for 2.0.1 it is replaced when "
            + "the NotifyReport with requestId has arrived in full")
    public record RefreshResponse(Integer requestId, String status, boolean complete, InventoryResponse inventory) {
        static RefreshResponse of(InventoryRefresh r) {
            return new RefreshResponse(r.requestId(), r.status(), r.complete(), InventoryResponse.of(r.summary()));
        }
    }

    public record SettingResponse(String name, String raw, String key, VariableRef variable, String attributeType,
                                  String value, String mutability, Boolean persistent, Boolean constant, String unit,
                                  String dataType, BigDecimal minLimit, BigDecimal maxLimit, String valuesList,
                                  Instant reportedAt) {
        static SettingResponse of(Setting s) {
            return new SettingResponse(s.name(), s.raw(), s.key(), s.variable(), s.attributeType(), s.value(),
                    s.mutability(), s.persistent(), s.constant(), s.unit(), s.dataType(), s.minLimit(),
                    s.maxLimit(), s.valuesList(), s.reportedAt());
        }
    }

    public record ChangeSettingRequest(@NotNull String value) {
    }

    public record SettingChangeResponse(String name, String raw, String value, String status, boolean rebootRequired,
                                        String reasonCode, String additionalInfo, UUID commandId) {
        static SettingChangeResponse of(SettingChange c) {
            return new SettingChangeResponse(c.name(), c.raw(), c.value(), c.status(), c.rebootRequired(),
                    c.reasonCode(), c.additionalInfo(), c.commandId() == null ? null : c.commandId().value());
        }
    }

    @Schema(description = "Give either chargers (explicit identities) or vendor and/or model (neither: every charger)")
    public record TemplateRequest(@NotNull String name, String vendor, String model, List<String> chargers,
                                  @NotNull Map<String, String> settings, boolean autoCorrect, Integer priority) {
        TemplateDefinition definition() {
            return new TemplateDefinition(name, vendor, model, chargers, settings, autoCorrect,
                    priority == null ? 0 : priority);
        }
    }

    public record TemplateResponse(UUID id, String name, String vendor, String model, List<String> chargers,
                                   Map<String, String> settings, boolean autoCorrect, int priority, Instant createdAt,
                                   Instant updatedAt) {
        static TemplateResponse of(ConfigurationTemplate t) {
            return new TemplateResponse(t.id().value(), t.name(), t.vendor(), t.model(), t.chargers(), t.settings(),
                    t.autoCorrect(), t.priority(), t.createdAt(), t.updatedAt());
        }
    }

    public record DriftCheckRequest(Boolean correct) {
    }

    public record DriftReportResponse(String charger, String template, Instant checkedAt, boolean inSync,
                                      List<DriftReport.Drift> drifts) {
        static DriftReportResponse of(DriftReport r) {
            return new DriftReportResponse(r.charger().value(), r.template(), r.checkedAt(), r.inSync(), r.drifts());
        }
    }
}
