package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ConnectorSpec;
import io.busbar.chargers.ConnectorSpecChanged;
import io.busbar.chargers.ConnectorSpecs;
import io.busbar.chargers.ConnectorType;
import io.busbar.platform.units.Power;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

@Service
class ConnectorSpecBook implements ConnectorSpecs {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectorSpecBook(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ConnectorSpec set(ChargerIdentity charger, int evseId, int connectorId, ConnectorType type, Power maxPower) {
        Objects.requireNonNull(charger, "charger");
        ConnectorSpec spec = new ConnectorSpec(evseId, connectorId, type, maxPower, clock.instant());
        try {
            jdbc.sql("""
                            INSERT INTO connector_specs (charger, evse_id, connector_id, connector_type, max_power_w,
                                                         updated_at)
                            VALUES (:charger, :evse, :connector, :type, :power, :at)
                            ON CONFLICT (charger, evse_id, connector_id) DO UPDATE
                                SET connector_type = excluded.connector_type, max_power_w = excluded.max_power_w,
                                    updated_at = excluded.updated_at""")
                    .param("charger", charger.value())
                    .param("evse", evseId)
                    .param("connector", connectorId)
                    .param("type", type == null ? null : type.literal())
                    .param("power", maxPower == null ? null : maxPower.watts())
                    .param("at", Timestamps.toSql(spec.updatedAt()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new ChargerNotFoundException(charger);
        }
        events.publishEvent(new ConnectorSpecChanged(charger, spec));
        return spec;
    }

    @Override
    public List<ConnectorSpec> of(ChargerIdentity charger) {
        return jdbc.sql("""
                        SELECT evse_id, connector_id, connector_type, max_power_w, updated_at FROM connector_specs
                         WHERE charger = :charger ORDER BY evse_id, connector_id""")
                .param("charger", charger.value())
                .query((rs, row) -> {
                    long watts = rs.getLong("max_power_w");
                    Power power = rs.wasNull() ? null : Power.ofWatts(watts);
                    Instant at = Timestamps.read(rs, "updated_at");
                    return new ConnectorSpec(rs.getInt("evse_id"), rs.getInt("connector_id"),
                            ConnectorType.ofLiteral(rs.getString("connector_type")).orElse(null), power, at);
                })
                .list();
    }
}
