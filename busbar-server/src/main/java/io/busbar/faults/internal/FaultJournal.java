package io.busbar.faults.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultClosed;
import io.busbar.faults.FaultId;
import io.busbar.faults.FaultNotFoundException;
import io.busbar.faults.FaultOpened;
import io.busbar.faults.FaultSeverity;
import io.busbar.faults.FaultType;
import io.busbar.faults.Faults;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fault table: opens (at most one open fault per charger, EVSE, type and code), closes, and publishes
 * {@link FaultOpened} / {@link FaultClosed} in the transaction that stored the change.
 */
@Service
class FaultJournal implements Faults {
    private static final TypeReference<Map<String, Object>> SOURCE = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            id, charger, evse_id, type, severity, code, description, source::text AS source, opened_at, closed_at,
            closed_because""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final ChargerRegistry chargers;
    private final Clock clock;

    private final boolean recording;

    FaultJournal(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events, ChargerRegistry chargers,
                 Clock clock, FaultProperties properties) {
        this.recording = properties.recording();
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.chargers = chargers;
        this.clock = clock;
    }

    /**
     * Serialises the caller's transaction with others about the same thing (e.g. one EVSE's status): listeners run
     * concurrently and may see events out of order, so each decides from committed state under this lock.
     */
    void lock(String scope) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:scope))").param("scope", "faults:" + scope)
                .query().singleRow();
    }

    /** Opens the fault unless the same one (charger, EVSE, type, code) is open already: then nothing happens. */
    @Transactional
    Optional<Fault> open(NewFault fault) {
        if (!recording) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO faults (id, charger, evse_id, type, severity, severity_rank, code, description,
                                            source, opened_at, recorded_at)
                        VALUES (:id, :charger, :evse, :type, :severity, :rank, :code, :description,
                                CAST(:source AS jsonb), :at, :now)
                        ON CONFLICT (charger, COALESCE(evse_id, -1), type, COALESCE(code, ''))
                            WHERE closed_at IS NULL DO NOTHING""")
                .param("id", id)
                .param("charger", fault.charger().value())
                .param("evse", fault.evseId())
                .param("type", fault.type().name())
                .param("severity", fault.severity().name())
                .param("rank", fault.severity().ordinal())
                .param("code", fault.code())
                .param("description", fault.description())
                .param("source", json.writeValueAsString(fault.source()))
                .param("at", sql(fault.at()))
                .param("now", sql(clock.instant()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        FaultId faultId = new FaultId(id);
        events.publishEvent(new FaultOpened(faultId, fault.charger(), fault.evseId(), fault.type(), fault.severity(),
                fault.code(), fault.description(), fault.at()));
        return find(faultId);
    }

    /**
     * Closes the charger's open faults of these types on this EVSE ({@code evseId} null: the charger-wide ones;
     * {@code code} null: any code). A report older than the fault closes it at the fault's own start.
     */
    @Transactional
    List<Fault> closeOpen(ChargerIdentity charger, Integer evseId, Collection<FaultType> types, String code,
                          Instant at, String because) {
        return close(charger, evseId, types, code, code == null ? "" : " AND code = :code", at, because);
    }

    /** Like {@link #closeOpen} for every code except {@code keep}: an error replaced by another. */
    @Transactional
    List<Fault> closeOthers(ChargerIdentity charger, Integer evseId, Collection<FaultType> types, String keep,
                            Instant at, String because) {
        return close(charger, evseId, types, keep, " AND code IS DISTINCT FROM :code", at, because);
    }

    private List<Fault> close(ChargerIdentity charger, Integer evseId, Collection<FaultType> types, String code,
                              String codeCondition, Instant at, String because) {
        String evseCondition = evseId == null ? "evse_id IS NULL" : "evse_id = :evse";
        var statement = jdbc.sql("UPDATE faults SET closed_at = GREATEST(:at, opened_at), closed_because = :because"
                        + " WHERE closed_at IS NULL AND charger = :charger AND " + evseCondition
                        + " AND type IN (:types)" + codeCondition + " RETURNING " + COLUMNS)
                .param("at", sql(at))
                .param("because", because)
                .param("charger", charger.value())
                .param("types", types.stream().map(Enum::name).toList());
        if (evseId != null) {
            statement = statement.param("evse", evseId);
        }
        if (code != null) {
            statement = statement.param("code", code);
        }
        List<Fault> closed = statement.query(this::fault).list();
        closed.forEach(this::publishClosed);
        return closed;
    }

    @Override
    @Transactional
    public Fault close(FaultId id, String reason) {
        List<Fault> closed = jdbc.sql("UPDATE faults SET closed_at = GREATEST(:at, opened_at), closed_because = :because"
                        + " WHERE id = :id AND closed_at IS NULL RETURNING " + COLUMNS)
                .param("at", sql(clock.instant()))
                .param("because", reason)
                .param("id", id.value())
                .query(this::fault).list();
        closed.forEach(this::publishClosed);
        return closed.isEmpty() ? find(id).orElseThrow(() -> new FaultNotFoundException(id)) : closed.getFirst();
    }

    @Override
    public Optional<Fault> find(FaultId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM faults WHERE id = :id")
                .param("id", id.value()).query(this::fault).optional();
    }

    @Override
    public List<Fault> open(ChargerIdentity charger) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM faults WHERE charger = :charger AND closed_at IS NULL"
                        + " ORDER BY opened_at DESC, id DESC")
                .param("charger", charger.value()).query(this::fault).list();
    }

    /** Open faults of these types, oldest first (for the periodic checks). */
    List<Fault> openOfType(FaultType type) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM faults WHERE type = :type AND closed_at IS NULL"
                        + " ORDER BY opened_at, id")
                .param("type", type.name()).query(this::fault).list();
    }

    @Override
    public List<Fault> list(FaultFilter filter, FaultId before, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000");
        }
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.tenant() != null) {
            // A fault belongs to its charger's tenant.
            where.append(" AND charger IN (SELECT identity FROM chargers WHERE tenant_id = :tenant)");
            params.put("tenant", filter.tenant().value());
        }
        if (filter.charger() != null) {
            where.append(" AND charger = :charger");
            params.put("charger", filter.charger().value());
        }
        if (filter.siteId() != null) {
            List<String> atSite = chargersAt(filter);
            if (atSite.isEmpty()) {
                return List.of();
            }
            where.append(" AND charger IN (:siteChargers)");
            params.put("siteChargers", atSite);
        }
        if (filter.type() != null) {
            where.append(" AND type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.minSeverity() != null) {
            where.append(" AND severity_rank >= :rank");
            params.put("rank", filter.minSeverity().ordinal());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " AND closed_at IS NULL" : " AND closed_at IS NOT NULL");
        }
        // Intervals overlapping [from, to): started before 'to' and not ended before 'from' (open = still running).
        if (filter.to() != null) {
            where.append(" AND opened_at < :to");
            params.put("to", sql(filter.to()));
        }
        if (filter.from() != null) {
            where.append(" AND (closed_at IS NULL OR closed_at >= :from)");
            params.put("from", sql(filter.from()));
        }
        if (before != null) {
            where.append(" AND (opened_at, id) < (SELECT opened_at, id FROM faults WHERE id = :before)");
            params.put("before", before.value());
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM faults" + where + " ORDER BY opened_at DESC, id DESC LIMIT :limit")
                .params(params).param("limit", limit).query(this::fault).list();
    }

    private List<String> chargersAt(FaultFilter filter) {
        List<String> identities = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            List<Charger> batch = chargers.list(new ChargerRegistry.ChargerFilter(filter.siteId(), null, null), after, 500);
            batch.forEach(charger -> identities.add(charger.identity().value()));
            if (batch.size() < 500) {
                break;
            }
            after = batch.getLast().identity().value();
        }
        return identities;
    }

    private void publishClosed(Fault fault) {
        events.publishEvent(new FaultClosed(fault.id(), fault.charger(), fault.evseId(), fault.type(),
                fault.severity(), fault.openedAt(), fault.closedAt(), fault.closedBecause()));
    }

    private Fault fault(ResultSet rs, int row) throws SQLException {
        return new Fault(new FaultId(rs.getObject("id", UUID.class)), new ChargerIdentity(rs.getString("charger")),
                rs.getObject("evse_id", Integer.class), FaultType.valueOf(rs.getString("type")),
                FaultSeverity.valueOf(rs.getString("severity")), rs.getString("code"),
                rs.getString("description"), json.readValue(rs.getString("source"), SOURCE),
                instant(rs, "opened_at"), instant(rs, "closed_at"), rs.getString("closed_because"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime sql(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
