package io.busbar.availability.internal;

import io.busbar.availability.PriceSummary;
import io.busbar.availability.PublicConnector;
import io.busbar.availability.PublicEvse;
import io.busbar.availability.PublicStatus;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ConnectorStatus;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.faults.Fault;
import io.busbar.faults.FaultSeverity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * What drivers see at a charger's EVSEs, from its presence, its reported connector statuses and its open faults. A
 * driver must never drive to a charger that cannot charge: an offline charger is UNKNOWN, an open ERROR or
 * CRITICAL fault (a ghost charger is one) is OUTOFORDER, whatever the connectors last said.
 */
final class PublicStatusRules {
    /** An EVSE shows the state of its most telling connector: in use beats free (2.0.1 EVSEs charge on one). */
    private static final List<PublicStatus> EVSE_PRECEDENCE = List.of(PublicStatus.CHARGING, PublicStatus.RESERVED,
            PublicStatus.AVAILABLE, PublicStatus.BLOCKED, PublicStatus.INOPERATIVE, PublicStatus.OUTOFORDER);

    private PublicStatusRules() {
    }

    /**
     * The charger's public EVSEs (EVSE 0, the charger as a whole, is not one), by id, with {@code at} unset;
     * empty for a charger that is not accepted or has no site (drivers cannot find it).
     */
    static List<PublicEvse> evses(Charger charger, List<Fault> openFaults,
                                  Map<ConnectorKey, ConnectorDescription> descriptions, IntFunction<PriceSummary> prices) {
        if (charger.registration() != RegistrationStatus.ACCEPTED || charger.siteId() == null) {
            return List.of();
        }
        Optional<Charger.Connector> whole = charger.evses().stream().filter(evse -> evse.evseId() == 0)
                .flatMap(evse -> evse.connectors().stream()).findFirst();
        List<PublicEvse> result = new ArrayList<>();
        charger.evses().stream().filter(evse -> evse.evseId() > 0)
                .sorted(Comparator.comparingInt(Charger.Evse::evseId))
                .forEach(evse -> {
                    Optional<PublicStatus> override = chargerWide(charger, evse.evseId(), whole, openFaults);
                    Map<Integer, PublicConnector> connectors = new TreeMap<>();
                    for (Charger.Connector reported : evse.connectors()) {
                        ConnectorDescription description = descriptions.getOrDefault(
                                new ConnectorKey(evse.evseId(), reported.connectorId()), ConnectorDescription.UNKNOWN);
                        connectors.put(reported.connectorId(), new PublicConnector(reported.connectorId(),
                                override.orElseGet(() -> of(reported.status())), description.type(),
                                description.maxPower()));
                    }
                    // Connectors an operator described that never reported a status: shown, their state unknown.
                    descriptions.forEach((key, description) -> {
                        if (key.evseId() == evse.evseId() && !connectors.containsKey(key.connectorId())) {
                            connectors.put(key.connectorId(), new PublicConnector(key.connectorId(),
                                    override.orElse(PublicStatus.UNKNOWN), description.type(), description.maxPower()));
                        }
                    });
                    List<PublicConnector> list = List.copyOf(connectors.values());
                    result.add(new PublicEvse(charger.identity(), evse.evseId(),
                            evseStatus(list.stream().map(PublicConnector::status).toList()), list,
                            prices.apply(evse.evseId()), null));
                });
        return List.copyOf(result);
    }

    /** A state of the whole charger or EVSE that overrides what each connector said. */
    private static Optional<PublicStatus> chargerWide(Charger charger, int evseId, Optional<Charger.Connector> whole,
                                                      List<Fault> openFaults) {
        if (!charger.online()) {
            return Optional.of(PublicStatus.UNKNOWN);
        }
        boolean broken = openFaults.stream()
                .filter(fault -> fault.evseId() == null || fault.evseId() == evseId)
                .anyMatch(fault -> fault.severity().compareTo(FaultSeverity.ERROR) >= 0);
        if (broken) {
            return Optional.of(PublicStatus.OUTOFORDER);
        }
        // OCPP 1.6 §4.9: connectorId 0 reports the charge point as a whole, for all its connectors.
        return whole.map(Charger.Connector::status)
                .filter(status -> status == ConnectorStatus.FAULTED || status == ConnectorStatus.UNAVAILABLE)
                .map(PublicStatusRules::of);
    }

    static PublicStatus of(ConnectorStatus status) {
        return switch (status) {
            case AVAILABLE -> PublicStatus.AVAILABLE;
            case PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, OCCUPIED -> PublicStatus.CHARGING;
            case RESERVED -> PublicStatus.RESERVED;
            case UNAVAILABLE -> PublicStatus.INOPERATIVE;
            case FAULTED -> PublicStatus.OUTOFORDER;
        };
    }

    static PublicStatus evseStatus(List<PublicStatus> connectors) {
        return EVSE_PRECEDENCE.stream().filter(connectors::contains).findFirst().orElse(PublicStatus.UNKNOWN);
    }
}
