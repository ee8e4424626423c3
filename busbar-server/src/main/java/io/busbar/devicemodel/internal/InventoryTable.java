package io.busbar.devicemodel.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.devicemodel.InventorySummary;
import io.busbar.devicemodel.Setting;
import io.busbar.devicemodel.VariableRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The device_inventories and device_settings tables: each charger's reported settings. */
@Component
class InventoryTable {
    private static final String UPSERT = """
            INSERT INTO device_settings (charger, setting, config_key, component, component_instance, evse_id,
                                         connector_id, variable, variable_instance, attribute_type, value, mutability,
                                         persistent, constant, unit, data_type, min_limit, max_limit, values_list,
                                         reported_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (charger, setting) DO UPDATE
                SET config_key = excluded.config_key, component = excluded.component,
                    component_instance = excluded.component_instance, evse_id = excluded.evse_id,
                    connector_id = excluded.connector_id, variable = excluded.variable,
                    variable_instance = excluded.variable_instance, attribute_type = excluded.attribute_type,
                    value = excluded.value, mutability = excluded.mutability, persistent = excluded.persistent,
                    constant = excluded.constant, unit = excluded.unit, data_type = excluded.data_type,
                    min_limit = excluded.min_limit, max_limit = excluded.max_limit,
                    values_list = excluded.values_list, reported_at = excluded.reported_at""";
    private static final String COLUMNS = "setting, config_key, component, component_instance, evse_id, connector_id, "
            + "variable, variable_instance, attribute_type, value, mutability, persistent, constant, unit, data_type, "
            + "min_limit, max_limit, values_list, reported_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InventoryTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The charger's whole inventory becomes {@code settings} (call inside a transaction). */
    void replace(ChargerIdentity charger, List<Setting> settings, Instant reportedAt) {
        jdbc.sql("DELETE FROM device_settings WHERE charger = :charger").param("charger", charger.value()).update();
        merge(charger, settings, reportedAt);
    }

    /** Adds or updates {@code settings}, keeping the others. */
    void merge(ChargerIdentity charger, List<Setting> settings, Instant reportedAt) {
        batch.batchUpdate(UPSERT, settings, 200, (statement, s) -> bind(statement, charger, s));
        jdbc.sql("""
                        INSERT INTO device_inventories (charger, reported_at) VALUES (:charger, :at)
                        ON CONFLICT (charger) DO UPDATE SET reported_at = excluded.reported_at""")
                .param("charger", charger.value()).param("at", Timestamp.from(reportedAt)).update();
    }

    Optional<Setting> find(ChargerIdentity charger, String setting) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM device_settings WHERE charger = :charger AND lower(setting) = lower(:setting)"
                        + " ORDER BY setting LIMIT 1")
                .param("charger", charger.value()).param("setting", setting).query(InventoryTable::map).optional();
    }

    List<Setting> page(ChargerIdentity charger, String after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM device_settings WHERE charger = :charger"
                        + " AND (CAST(:after AS text) IS NULL OR setting > CAST(:after AS text)) ORDER BY setting LIMIT :limit")
                .param("charger", charger.value()).param("after", after).param("limit", limit)
                .query(InventoryTable::map).list();
    }

    InventorySummary summary(ChargerIdentity charger) {
        return jdbc.sql("""
                        SELECT i.reported_at, i.pending_reboot_since, i.refresh_request_id, i.refresh_requested_at,
                               (SELECT count(*) FROM device_settings s WHERE s.charger = :charger) AS settings
                        FROM (SELECT 1) one LEFT JOIN device_inventories i ON i.charger = :charger""")
                .param("charger", charger.value())
                .query((rs, row) -> new InventorySummary(charger, instant(rs, "reported_at"), rs.getInt("settings"),
                        rs.getTimestamp("pending_reboot_since") != null, instant(rs, "pending_reboot_since"),
                        (Integer) rs.getObject("refresh_request_id"), instant(rs, "refresh_requested_at")))
                .single();
    }

    /** A value just read from or accepted by the charger, if the setting is in the inventory. */
    void remember(ChargerIdentity charger, String setting, String value, Instant at) {
        jdbc.sql("UPDATE device_settings SET value = :value, reported_at = :at WHERE charger = :charger AND setting = :setting")
                .param("value", value).param("at", Timestamp.from(at)).param("charger", charger.value())
                .param("setting", setting).update();
    }

    void markPendingReboot(ChargerIdentity charger, Instant at) {
        jdbc.sql("""
                        INSERT INTO device_inventories (charger, pending_reboot_since) VALUES (:charger, :at)
                        ON CONFLICT (charger) DO UPDATE
                            SET pending_reboot_since = COALESCE(device_inventories.pending_reboot_since, excluded.pending_reboot_since)""")
                .param("charger", charger.value()).param("at", Timestamp.from(at)).update();
    }

    /** Whether a boot of the charger may concern the device model: a reboot is awaited, or any template exists. */
    boolean rebootPendingOrTemplates(ChargerIdentity charger) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM device_inventories
                                        WHERE charger = :charger AND pending_reboot_since IS NOT NULL)
                            OR EXISTS (SELECT 1 FROM configuration_templates)""")
                .param("charger", charger.value()).query(Boolean.class).single();
    }

    void clearPendingReboot(ChargerIdentity charger) {
        jdbc.sql("UPDATE device_inventories SET pending_reboot_since = NULL WHERE charger = :charger")
                .param("charger", charger.value()).update();
    }

    int nextRequestId() {
        return jdbc.sql("SELECT nextval('device_report_request_ids')").query(Integer.class).single();
    }

    /** Remembers the full report Busbar is about to ask for, so that its parts replace the inventory. */
    void expectRefresh(ChargerIdentity charger, int requestId, Instant at) {
        jdbc.sql("""
                        INSERT INTO device_inventories (charger, refresh_request_id, refresh_requested_at)
                        VALUES (:charger, :id, :at)
                        ON CONFLICT (charger) DO UPDATE
                            SET refresh_request_id = excluded.refresh_request_id,
                                refresh_requested_at = excluded.refresh_requested_at""")
                .param("charger", charger.value()).param("id", requestId).param("at", Timestamp.from(at)).update();
    }

    /** True (and forgotten) when {@code requestId} is the full report Busbar waits for from this charger. */
    boolean takeRefresh(ChargerIdentity charger, int requestId) {
        return jdbc.sql("""
                        UPDATE device_inventories SET refresh_request_id = NULL, refresh_requested_at = NULL
                        WHERE charger = :charger AND refresh_request_id = :id""")
                .param("charger", charger.value()).param("id", requestId).update() > 0;
    }

    private static void bind(PreparedStatement statement, ChargerIdentity charger, Setting s) throws SQLException {
        VariableRef v = s.variable();
        statement.setString(1, charger.value());
        statement.setString(2, s.raw());
        statement.setString(3, s.key());
        statement.setString(4, v == null ? null : v.component());
        statement.setString(5, v == null ? null : v.componentInstance());
        statement.setObject(6, v == null ? null : v.evseId(), Types.INTEGER);
        statement.setObject(7, v == null ? null : v.connectorId(), Types.INTEGER);
        statement.setString(8, v == null ? null : v.variable());
        statement.setString(9, v == null ? null : v.variableInstance());
        statement.setString(10, s.attributeType());
        statement.setString(11, s.value());
        statement.setString(12, s.mutability());
        statement.setObject(13, s.persistent(), Types.BOOLEAN);
        statement.setObject(14, s.constant(), Types.BOOLEAN);
        statement.setString(15, s.unit());
        statement.setString(16, s.dataType());
        statement.setBigDecimal(17, s.minLimit());
        statement.setBigDecimal(18, s.maxLimit());
        statement.setString(19, s.valuesList());
        statement.setTimestamp(20, Timestamp.from(s.reportedAt()));
    }

    private static Setting map(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("config_key");
        VariableRef variable = key != null ? null : new VariableRef(rs.getString("component"),
                rs.getString("component_instance"), (Integer) rs.getObject("evse_id"),
                (Integer) rs.getObject("connector_id"), rs.getString("variable"), rs.getString("variable_instance"));
        String attributeType = rs.getString("attribute_type");
        String common = key != null ? CommonSettings.forKey(key).map(CommonSetting::name).orElse(null)
                : SettingAddress.ACTUAL.equals(attributeType)
                ? CommonSettings.forVariable(variable).map(CommonSetting::name).orElse(null) : null;
        return new Setting(common, rs.getString("setting"), key, variable, attributeType, rs.getString("value"),
                rs.getString("mutability"), (Boolean) rs.getObject("persistent"), (Boolean) rs.getObject("constant"),
                rs.getString("unit"), rs.getString("data_type"), rs.getBigDecimal("min_limit"),
                rs.getBigDecimal("max_limit"), rs.getString("values_list"), instant(rs, "reported_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
