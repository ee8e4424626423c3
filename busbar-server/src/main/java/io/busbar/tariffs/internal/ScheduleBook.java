package io.busbar.tariffs.internal;

import io.busbar.tariffs.DynamicPrice;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceSchedule;
import io.busbar.tariffs.PriceScheduleBook;
import io.busbar.tariffs.PriceScheduleId;
import io.busbar.tariffs.PriceSchedules;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Service
class ScheduleBook implements PriceScheduleBook {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TariffCatalog catalog;

    ScheduleBook(JdbcClient jdbc, Clock clock, TariffCatalog catalog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public PriceSchedule replace(TenantId tenant, PriceScheduleId id, List<PriceSchedule.Entry> entries) {
        new PriceSchedule(id, entries); // refuses duplicate instants before anything is superseded
        Instant now = now();
        TenantId owner = lockedOwner(id, tenant);
        jdbc.sql("UPDATE price_schedule_entries SET superseded_at = :now WHERE schedule_id = :id AND superseded_at IS NULL")
                .param("now", SqlTime.toSql(now)).param("id", id.value()).update();
        entries.forEach(entry -> insert(owner, id, entry, now));
        return current(id);
    }

    @Override
    @Transactional
    public PriceSchedule append(TenantId tenant, PriceScheduleId id, List<PriceSchedule.Entry> entries) {
        new PriceSchedule(id, entries);
        Instant now = now();
        TenantId owner = lockedOwner(id, tenant);
        for (PriceSchedule.Entry entry : entries) {
            jdbc.sql("""
                            UPDATE price_schedule_entries SET superseded_at = :now
                             WHERE schedule_id = :id AND valid_from = :from AND superseded_at IS NULL""")
                    .param("now", SqlTime.toSql(now)).param("id", id.value())
                    .param("from", SqlTime.toSql(entry.from())).update();
            insert(owner, id, entry, now);
        }
        return current(id);
    }

    private void insert(TenantId tenant, PriceScheduleId id, PriceSchedule.Entry entry, Instant now) {
        jdbc.sql("""
                        INSERT INTO price_schedule_entries (schedule_id, valid_from, price_per_kwh, recorded_at, tenant_id)
                        VALUES (:id, :from, :price, :now, :tenant)""")
                .param("id", id.value()).param("tenant", tenant.value()).param("from", SqlTime.toSql(entry.from()))
                .param("price", entry.pricePerKwh()).param("now", SqlTime.toSql(now)).update();
    }

    /** Serialises writes to one schedule, so that a new id gets exactly one owner. */
    private TenantId lockedOwner(PriceScheduleId id, TenantId tenant) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('price-schedule:' || :id))").param("id", id.value())
                .query().singleValue();
        return ownerOf(id).orElse(tenant);
    }

    @Override
    public Optional<TenantId> ownerOf(PriceScheduleId id) {
        return jdbc.sql("SELECT tenant_id FROM price_schedule_entries WHERE schedule_id = :id ORDER BY id LIMIT 1")
                .param("id", id.value()).query((rs, row) -> new TenantId(rs.getObject("tenant_id", UUID.class)))
                .optional();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public PriceSchedule current(PriceScheduleId id) {
        return new PriceSchedule(id, jdbc.sql("""
                        SELECT valid_from, price_per_kwh FROM price_schedule_entries
                         WHERE schedule_id = :id AND superseded_at IS NULL ORDER BY valid_from""")
                .param("id", id.value())
                .query((rs, row) -> new PriceSchedule.Entry(SqlTime.read(rs, "valid_from"), rs.getBigDecimal("price_per_kwh")))
                .list());
    }

    @Override
    public List<RecordedEntry> history(PriceScheduleId id) {
        return jdbc.sql("""
                        SELECT valid_from, price_per_kwh, recorded_at, superseded_at FROM price_schedule_entries
                         WHERE schedule_id = :id ORDER BY id""")
                .param("id", id.value())
                .query((rs, row) -> new RecordedEntry(SqlTime.read(rs, "valid_from"), rs.getBigDecimal("price_per_kwh"),
                        SqlTime.read(rs, "recorded_at"), SqlTime.read(rs, "superseded_at")))
                .list();
    }

    @Override
    public PriceSchedules schedulesOf(Tariff tariff) {
        Optional<TenantId> tenant = catalog.ownerOf(tariff.id());
        return new PriceSchedules(tariff.elements().stream().flatMap(element -> element.components().stream())
                .map(PriceComponent::dynamicPrice).filter(Objects::nonNull).map(DynamicPrice::schedule).distinct()
                .map(id -> tenant.isPresent() && tenant.equals(ownerOf(id)) ? current(id)
                        : new PriceSchedule(id, List.of()))
                .collect(Collectors.toMap(PriceSchedule::id, Function.identity())));
    }
}
