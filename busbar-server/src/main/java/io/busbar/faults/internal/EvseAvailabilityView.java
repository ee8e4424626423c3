package io.busbar.faults.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.SiteId;
import io.busbar.faults.DriverAvailability;
import io.busbar.faults.DriverAvailability.Availability;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultSeverity;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Availability from the charger's presence and statuses plus the open fault log, computed on read. */
@Service
class EvseAvailabilityView implements DriverAvailability {
    private static final int PAGE = 500;
    private static final int MAX_PAGES = 200;
    private final ChargerRegistry chargers;
    private final FaultJournal faults;

    EvseAvailabilityView(ChargerRegistry chargers, FaultJournal faults) {
        this.chargers = chargers;
        this.faults = faults;
    }

    @Override
    public List<EvseAvailability> atSite(SiteId site) {
        return of(new ChargerRegistry.ChargerFilter(site, RegistrationStatus.ACCEPTED, null));
    }

    @Override
    public List<EvseAvailability> all() {
        return of(new ChargerRegistry.ChargerFilter(null, RegistrationStatus.ACCEPTED, null));
    }

    @Override
    public List<EvseAvailability> ofTenant(TenantId tenant) {
        return of(new ChargerRegistry.ChargerFilter(tenant, null, RegistrationStatus.ACCEPTED, null));
    }

    @Override
    public List<EvseAvailability> ofCharger(ChargerIdentity charger) {
        return chargers.find(charger).map(this::evses).orElse(List.of());
    }

    private List<EvseAvailability> of(ChargerRegistry.ChargerFilter filter) {
        List<EvseAvailability> result = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<Charger> batch = chargers.list(filter, after, PAGE);
            batch.forEach(charger -> result.addAll(evses(charger)));
            if (batch.size() < PAGE) {
                break;
            }
            after = batch.getLast().identity().value();
        }
        return result;
    }

    private List<EvseAvailability> evses(Charger charger) {
        List<Fault> open = faults.open(charger.identity());
        Optional<Charger.Connector> whole = charger.evses().stream().filter(evse -> evse.evseId() == 0)
                .flatMap(evse -> evse.connectors().stream()).findFirst();
        return charger.evses().stream().filter(evse -> evse.evseId() > 0)
                .sorted(Comparator.comparingInt(Charger.Evse::evseId))
                .map(evse -> evse(charger, evse, whole, open)).toList();
    }

    private EvseAvailability evse(Charger charger, Charger.Evse evse, Optional<Charger.Connector> whole,
                                  List<Fault> open) {
        if (charger.registration() != RegistrationStatus.ACCEPTED) {
            return result(charger, evse, Availability.UNAVAILABLE, null, "charger not accepted");
        }
        if (!charger.online()) {
            return result(charger, evse, Availability.UNAVAILABLE, charger.lastSeen(), "charger offline");
        }
        Optional<Fault> blocking = open.stream()
                .filter(fault -> fault.evseId() == null || fault.evseId() == evse.evseId())
                .filter(fault -> fault.severity().compareTo(FaultSeverity.ERROR) >= 0)
                .min(Comparator.comparing(Fault::openedAt));
        if (blocking.isPresent()) {
            Fault fault = blocking.get();
            return result(charger, evse, Availability.OUT_OF_ORDER, fault.openedAt(),
                    fault.type() + (fault.code() == null ? "" : " " + fault.code())
                            + (fault.description() == null ? "" : ": " + fault.description()));
        }
        List<Charger.Connector> connectors = new ArrayList<>(evse.connectors());
        whole.ifPresent(connectors::add); // 1.6 connectorId 0 speaks for every EVSE
        for (ConnectorStatus bad : List.of(ConnectorStatus.FAULTED, ConnectorStatus.UNAVAILABLE)) {
            Optional<Charger.Connector> hit = connectors.stream().filter(c -> c.status() == bad).findFirst();
            if (hit.isPresent()) {
                return result(charger, evse, bad == ConnectorStatus.FAULTED ? Availability.OUT_OF_ORDER
                        : Availability.UNAVAILABLE, hit.get().statusAt(), "connector " + bad.name().toLowerCase());
            }
        }
        List<Charger.Connector> own = evse.connectors();
        if (own.isEmpty()) {
            return result(charger, evse, Availability.UNAVAILABLE, null, "no status reported");
        }
        Instant since = own.stream().map(Charger.Connector::statusAt).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (own.stream().anyMatch(c -> c.status().occupied())) {
            return result(charger, evse, Availability.OCCUPIED, since, "in use");
        }
        if (own.stream().anyMatch(c -> c.status() == ConnectorStatus.RESERVED)) {
            return result(charger, evse, Availability.RESERVED, since, "reserved");
        }
        return result(charger, evse, Availability.AVAILABLE, since, null);
    }

    private static EvseAvailability result(Charger charger, Charger.Evse evse, Availability availability,
                                           Instant since, String reason) {
        return new EvseAvailability(charger.identity(), charger.siteId(), evse.evseId(), availability, since, reason);
    }
}
