package io.busbar.tariffs.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.Site;
import io.busbar.chargers.SiteId;
import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.NoTariffAppliesException;
import io.busbar.tariffs.PricingTarget;
import io.busbar.tariffs.TariffAssignment;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffConflictException;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffNotFoundException;
import io.busbar.tariffs.TariffResolution;
import io.busbar.tariffs.TariffVersion;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Service
class AssignmentBook implements TariffAssignments {
    private static final String COLUMNS = "id, tariff_id, scope, target, valid_from, valid_to, created_at, closed_at";
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TariffCatalog catalog;
    private final SiteZones siteZones;

    AssignmentBook(JdbcClient jdbc, Clock clock, TariffCatalog catalog, SiteZones siteZones) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.catalog = catalog;
        this.siteZones = siteZones;
    }

    @Override
    @Transactional
    public TariffAssignment assign(TenantId tenant, TariffId tariff, AssignmentScope scope, String target,
                                   Instant validFrom, Instant validTo) {
        if (!catalog.ownerOf(tariff).map(tenant::equals).orElse(false)) {
            throw new TariffNotFoundException("No tariff " + tariff);
        }
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException("an assignment needs a target");
        }
        requireTargetOf(tenant, scope, target);
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("validTo must be after validFrom");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tariff-target:' || :scope || ':' || :target))")
                .param("scope", scope.name()).param("target", target).query().singleValue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (TariffAssignment existing : list(tenant, null, scope, target)) {
            boolean overlaps = (existing.validTo() == null || existing.validTo().isAfter(validFrom))
                    && (validTo == null || existing.validFrom().isBefore(validTo));
            if (!overlaps) {
                continue;
            }
            if (!existing.validFrom().isBefore(validFrom)) {
                throw new TariffConflictException("Assignment " + existing.id() + " of " + scope + " " + target
                        + " from " + existing.validFrom() + " overlaps; close it first");
            }
            closeAt(existing.id(), validFrom, now);
        }
        TariffAssignment assignment = new TariffAssignment(UUID.randomUUID(), tariff, scope, target,
                validFrom.truncatedTo(ChronoUnit.MICROS), validTo == null ? null : validTo.truncatedTo(ChronoUnit.MICROS),
                now, null);
        jdbc.sql("INSERT INTO tariff_assignments (" + COLUMNS + """
                        ) VALUES (:id, :tariff, :scope, :target, :validFrom, :validTo, :createdAt, NULL)""")
                .param("id", assignment.id())
                .param("tariff", tariff.value())
                .param("scope", scope.name())
                .param("target", target)
                .param("validFrom", SqlTime.toSql(assignment.validFrom()))
                .param("validTo", SqlTime.toSql(assignment.validTo()))
                .param("createdAt", SqlTime.toSql(now))
                .update();
        return assignment;
    }

    @Override
    @Transactional
    public TariffAssignment close(UUID id, Instant validTo) {
        TariffAssignment existing = find(id).orElseThrow(() -> new TariffNotFoundException("No tariff assignment " + id));
        if (!validTo.isAfter(existing.validFrom())) {
            throw new IllegalArgumentException("validTo must be after the assignment's validFrom " + existing.validFrom());
        }
        if (existing.validTo() != null && validTo.isAfter(existing.validTo())) {
            throw new TariffConflictException("Assignment " + id + " already ended at " + existing.validTo());
        }
        closeAt(id, validTo, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return find(id).orElseThrow();
    }

    /**
     * An EVSE or site target that exists must be the tenant's; one not registered yet may be assigned ahead (the
     * resolution only ever applies the tariffs of the charger's own tenant).
     */
    private void requireTargetOf(TenantId tenant, AssignmentScope scope, String target) {
        switch (scope) {
            case EVSE -> {
                int hash = target.lastIndexOf('#');
                if (hash <= 0) {
                    throw new IllegalArgumentException("an EVSE target is 'chargerIdentity#evseId', was " + target);
                }
                ChargerIdentity charger = new ChargerIdentity(target.substring(0, hash));
                if (siteZones.chargerOwner(charger).filter(owner -> !owner.equals(tenant)).isPresent()) {
                    throw new ChargerNotFoundException(charger);
                }
            }
            case SITE -> {
                SiteId site;
                try {
                    site = new SiteId(UUID.fromString(target));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("a SITE target is a site id, was " + target);
                }
                if (siteZones.siteOwner(site).filter(owner -> !owner.equals(tenant)).isPresent()) {
                    throw new IllegalArgumentException("No site " + target);
                }
            }
            case TOKEN_GROUP, PARTNER -> {
                // free names, of the tariff's tenant only: see resolve
            }
        }
    }

    private void closeAt(UUID id, Instant validTo, Instant now) {
        jdbc.sql("UPDATE tariff_assignments SET valid_to = :validTo, closed_at = :now WHERE id = :id")
                .param("validTo", SqlTime.toSql(validTo)).param("now", SqlTime.toSql(now)).param("id", id).update();
    }

    @Override
    public Optional<TariffAssignment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM tariff_assignments WHERE id = :id")
                .param("id", id).query((rs, row) -> assignment(rs)).optional();
    }

    @Override
    public List<TariffAssignment> list(TenantId tenant, TariffId tariff, AssignmentScope scope, String target) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM tariff_assignments a
                        WHERE (CAST(:tenant AS uuid) IS NULL OR EXISTS (SELECT 1 FROM tariff_versions v
                               WHERE v.tariff_id = a.tariff_id AND v.version = 1 AND v.tenant_id = :tenant))
                          AND (CAST(:tariff AS text) IS NULL OR tariff_id = :tariff)
                          AND (CAST(:scope AS text) IS NULL OR scope = :scope)
                          AND (CAST(:target AS text) IS NULL OR target = :target)
                        ORDER BY valid_from DESC, created_at DESC""")
                .param("tenant", tenant == null ? null : tenant.value())
                .param("tariff", tariff == null ? null : tariff.value())
                .param("scope", scope == null ? null : scope.name())
                .param("target", target)
                .query((rs, row) -> assignment(rs)).list();
    }

    @Override
    public Optional<TenantId> ownerOf(UUID id) {
        return find(id).flatMap(assignment -> catalog.ownerOf(assignment.tariffId()));
    }

    @Override
    public TariffResolution resolve(PricingTarget target, Instant at) {
        Optional<Site> site = siteZones.siteOf(target.charger());
        TenantId tenant = siteZones.tenantOf(target.charger());
        ZoneId zone = site.map(Site::timeZone).orElse(ZoneOffset.UTC);
        // resolution order: EVSE > token group > site > partner default
        Map<AssignmentScope, String> candidates = new LinkedHashMap<>();
        candidates.put(AssignmentScope.EVSE, TariffAssignment.evseTarget(target.charger().value(), target.evseId()));
        if (target.tokenGroup() != null) {
            candidates.put(AssignmentScope.TOKEN_GROUP, target.tokenGroup());
        }
        site.ifPresent(s -> candidates.put(AssignmentScope.SITE, s.id().toString()));
        if (target.partner() != null) {
            candidates.put(AssignmentScope.PARTNER, target.partner());
        }
        List<String> passedOver = new ArrayList<>();
        for (Map.Entry<AssignmentScope, String> candidate : candidates.entrySet()) {
            Optional<TariffAssignment> found = list(tenant, null, candidate.getKey(), candidate.getValue()).stream()
                    .filter(a -> a.validAt(at)).findFirst();
            if (found.isEmpty()) {
                passedOver.add(describe(candidate.getKey(), candidate.getValue()) + " has no tariff");
                continue;
            }
            TariffAssignment assignment = found.get();
            TariffVersion version = catalog.inForceAt(assignment.tariffId(), at)
                    .or(() -> catalog.version(assignment.tariffId(), 1))
                    .orElseThrow(() -> new TariffNotFoundException("No tariff " + assignment.tariffId()));
            String reason = (passedOver.isEmpty() ? "" : String.join("; ", passedOver) + "; ")
                    + describe(candidate.getKey(), candidate.getValue()) + " is assigned tariff "
                    + assignment.tariffId() + " (version " + version.version() + ") from " + assignment.validFrom()
                    + (assignment.validTo() == null ? "" : " to " + assignment.validTo());
            return new TariffResolution(version, assignment, reason, at, zone);
        }
        throw new NoTariffAppliesException("No tariff applies to EVSE " + target.evseId() + " of " + target.charger()
                + " at " + at + ": " + String.join("; ", passedOver));
    }

    private static String describe(AssignmentScope scope, String target) {
        return switch (scope) {
            case EVSE -> "EVSE " + target;
            case TOKEN_GROUP -> "token group " + target;
            case SITE -> "site " + target;
            case PARTNER -> "partner " + target;
        };
    }

    private static TariffAssignment assignment(ResultSet rs) throws SQLException {
        return new TariffAssignment(rs.getObject("id", UUID.class), new TariffId(rs.getString("tariff_id")),
                AssignmentScope.valueOf(rs.getString("scope")), rs.getString("target"),
                SqlTime.read(rs, "valid_from"), SqlTime.read(rs, "valid_to"), SqlTime.read(rs, "created_at"),
                SqlTime.read(rs, "closed_at"));
    }
}
