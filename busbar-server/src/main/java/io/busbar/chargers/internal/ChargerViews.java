package io.busbar.chargers.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerDescription;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry.ChargerFilter;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads chargers as {@link Charger} views: one query for the chargers, one for the connectors of all of them
 * (never one per charger).
 */
@Component
class ChargerViews {
    private static final String CHARGER_COLUMNS = """
            SELECT identity, tenant_id, site_id, label, registration, password_hash IS NOT NULL AS has_password, protocol,
                   vendor, model, serial_number, firmware_version, iccid, imsi, meter_type, meter_serial_number,
                   firmware_status, online, last_seen, connected_since, last_boot_at, created_at
              FROM chargers""";

    private final JdbcClient jdbc;
    private final LastSeenBuffer lastSeen;

    ChargerViews(JdbcClient jdbc, LastSeenBuffer lastSeen) {
        this.jdbc = jdbc;
        this.lastSeen = lastSeen;
    }

    Optional<Charger> find(ChargerIdentity identity) {
        Optional<Charger> charger = jdbc.sql(CHARGER_COLUMNS + " WHERE identity = :identity")
                .param("identity", identity.value())
                .query((rs, row) -> charger(rs, List.of()))
                .optional();
        return charger.map(found -> withEvses(List.of(found)).getFirst());
    }

    List<Charger> list(ChargerFilter filter, String after, int limit) {
        Limits.check(limit);
        ChargerFilter criteria = filter == null ? ChargerFilter.ALL : filter;
        StringBuilder sql = new StringBuilder(CHARGER_COLUMNS).append(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (criteria.tenant() != null) {
            sql.append(" AND tenant_id = :tenant");
            params.put("tenant", criteria.tenant().value());
        }
        if (criteria.siteId() != null) {
            sql.append(" AND site_id = :site");
            params.put("site", criteria.siteId().value());
        }
        if (criteria.registration() != null) {
            sql.append(" AND registration = :registration");
            params.put("registration", criteria.registration().name());
        }
        if (criteria.online() != null) {
            sql.append(" AND online = :online");
            params.put("online", criteria.online());
        }
        if (after != null) {
            sql.append(" AND identity > :after");
            params.put("after", after);
        }
        sql.append(" ORDER BY identity LIMIT :limit");
        params.put("limit", limit);
        List<Charger> page = jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> charger(rs, List.of()))
                .list();
        return withEvses(page);
    }

    /** Adds the connectors, and the last seen not yet flushed. */
    private List<Charger> withEvses(List<Charger> chargers) {
        if (chargers.isEmpty()) {
            return chargers;
        }
        List<String> identities = chargers.stream().map(charger -> charger.identity().value()).toList();
        Map<String, Map<Integer, List<Charger.Connector>>> byCharger = new HashMap<>();
        jdbc.sql("""
                        SELECT charger, evse_id, connector_id, status, error_code, vendor_error_code, info, status_at
                          FROM connectors WHERE charger IN (:identities)
                         ORDER BY charger, evse_id, connector_id""")
                .param("identities", identities)
                .query(rs -> {
                    byCharger.computeIfAbsent(rs.getString("charger"), key -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getInt("evse_id"), key -> new ArrayList<>())
                            .add(new Charger.Connector(rs.getInt("connector_id"),
                                    ConnectorStatus.valueOf(rs.getString("status")), rs.getString("error_code"),
                                    rs.getString("vendor_error_code"), rs.getString("info"),
                                    Timestamps.read(rs, "status_at")));
                });
        return chargers.stream().map(charger -> {
            List<Charger.Evse> evses = byCharger.getOrDefault(charger.identity().value(), Map.of()).entrySet().stream()
                    .map(evse -> new Charger.Evse(evse.getKey(), List.copyOf(evse.getValue())))
                    .toList();
            return new Charger(charger.identity(), charger.tenant(), charger.siteId(), charger.label(), charger.registration(),
                    charger.hasPassword(), charger.protocol(), charger.description(), charger.firmwareStatus(),
                    charger.online(), latestSeen(charger), charger.connectedSince(), charger.lastBootAt(),
                    charger.createdAt(), evses);
        }).toList();
    }

    /** The stored last seen, or the newer one not yet flushed. */
    private Instant latestSeen(Charger charger) {
        Instant stored = charger.lastSeen();
        return lastSeen.pending(charger.identity())
                .filter(pending -> stored == null || pending.isAfter(stored))
                .orElse(stored);
    }

    private static Charger charger(ResultSet rs, List<Charger.Evse> evses) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        return new Charger(new ChargerIdentity(rs.getString("identity")),
                new TenantId(rs.getObject("tenant_id", UUID.class)), site == null ? null : new SiteId(site),
                rs.getString("label"), RegistrationStatus.valueOf(rs.getString("registration")),
                rs.getBoolean("has_password"), rs.getString("protocol"),
                new ChargerDescription(rs.getString("vendor"), rs.getString("model"), rs.getString("serial_number"),
                        rs.getString("firmware_version"), rs.getString("iccid"), rs.getString("imsi"),
                        rs.getString("meter_type"), rs.getString("meter_serial_number")),
                rs.getString("firmware_status"), rs.getBoolean("online"), Timestamps.read(rs, "last_seen"),
                Timestamps.read(rs, "connected_since"), Timestamps.read(rs, "last_boot_at"),
                Timestamps.read(rs, "created_at"), evses);
    }
}
