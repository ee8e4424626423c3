package io.busbar.availability.internal;

import io.busbar.availability.AvailabilityProperties;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerNotFoundException;
import io.busbar.chargers.ConnectorSpec;
import io.busbar.chargers.ConnectorSpecs;
import io.busbar.chargers.ConnectorType;
import io.busbar.devicemodel.Inventories;
import io.busbar.devicemodel.Setting;
import io.busbar.platform.units.Power;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plug types and maximum powers per connector: what the operator stated wins; where it stated nothing, what a
 * 2.0.1 charger reported in its device model (Connector.ConnectorType, EVSE.Power MaxSet or maxLimit), once an
 * inventory was read. OCPP 1.6 reports neither. Kept per charger for one refresh interval (status changes do not
 * re-read them) and forgotten when an operator changes one.
 */
@Component
class ConnectorDescriptions {
    private static final int PAGE = 200;
    /** OCPP 2.0.1 ConnectorEnumType → OCPI 2.2.1 ConnectorType (cable or socket both map to the standard). */
    private static final Map<String, ConnectorType> OCPP201_TYPES = Map.ofEntries(
            Map.entry("cCCS1", ConnectorType.IEC_62196_T1_COMBO), Map.entry("cCCS2", ConnectorType.IEC_62196_T2_COMBO),
            Map.entry("cG105", ConnectorType.CHADEMO), Map.entry("cTesla", ConnectorType.TESLA_S),
            Map.entry("cType1", ConnectorType.IEC_62196_T1), Map.entry("cType2", ConnectorType.IEC_62196_T2),
            Map.entry("s309-1P-16A", ConnectorType.IEC_60309_2_SINGLE_16),
            Map.entry("s309-3P-16A", ConnectorType.IEC_60309_2_THREE_16),
            Map.entry("s309-3P-32A", ConnectorType.IEC_60309_2_THREE_32),
            Map.entry("sBS1361", ConnectorType.DOMESTIC_G), Map.entry("sCEE-7-7", ConnectorType.DOMESTIC_F),
            Map.entry("sType2", ConnectorType.IEC_62196_T2), Map.entry("sType3", ConnectorType.IEC_62196_T3C),
            Map.entry("Pan", ConnectorType.PANTOGRAPH_BOTTOM_UP));

    private final ConnectorSpecs specs;
    private final Inventories inventories;
    private final Clock clock;
    private final AvailabilityProperties properties;
    private final Map<ChargerIdentity, Cached> cache = new ConcurrentHashMap<>();

    ConnectorDescriptions(ConnectorSpecs specs, Inventories inventories, Clock clock, AvailabilityProperties properties) {
        this.specs = specs;
        this.inventories = inventories;
        this.clock = clock;
        this.properties = properties;
    }

    Map<ConnectorKey, ConnectorDescription> of(ChargerIdentity charger) {
        Instant now = clock.instant();
        Cached cached = cache.get(charger);
        if (cached != null && cached.readAt.plus(properties.refreshInterval()).isAfter(now)) {
            return cached.descriptions;
        }
        Map<ConnectorKey, ConnectorDescription> read = read(charger);
        cache.put(charger, new Cached(read, now));
        return read;
    }

    void forget(ChargerIdentity charger) {
        cache.remove(charger);
    }

    void forgetAll() {
        cache.clear();
    }

    private Map<ConnectorKey, ConnectorDescription> read(ChargerIdentity charger) {
        Map<ConnectorKey, ConnectorDescription> result = new HashMap<>(reported(charger));
        for (ConnectorSpec spec : specs.of(charger)) {
            ConnectorKey key = new ConnectorKey(spec.evseId(), spec.connectorId());
            ConnectorDescription stated = new ConnectorDescription(spec.type(), spec.maxPower());
            result.merge(key, stated, (fromCharger, fromOperator) -> fromOperator.orElse(fromCharger));
        }
        return Map.copyOf(result);
    }

    /** What the charger's device model says; a connector's power is its EVSE's. */
    private Map<ConnectorKey, ConnectorDescription> reported(ChargerIdentity charger) {
        Map<ConnectorKey, ConnectorType> types = new HashMap<>();
        Map<Integer, Power> maxSet = new HashMap<>();
        Map<Integer, Power> maxLimit = new HashMap<>();
        try {
            for (Setting setting : settings(charger, "Connector@")) {
                if (setting.variable() != null && "ConnectorType".equals(setting.variable().variable())
                        && setting.variable().connectorId() != null && actual(setting)
                        && OCPP201_TYPES.containsKey(setting.value())) {
                    types.put(new ConnectorKey(setting.variable().evseId(), setting.variable().connectorId()),
                            OCPP201_TYPES.get(setting.value()));
                }
            }
            for (Setting setting : settings(charger, "EVSE@")) {
                if (setting.variable() == null || !"Power".equals(setting.variable().variable())
                        || setting.variable().evseId() == null) {
                    continue;
                }
                int evse = setting.variable().evseId();
                // MaxSet: what the EVSE is set to deliver; maxLimit: what it can (OCPP 2.0.1 Part 2 EVSE.Power)
                if ("MaxSet".equals(setting.attributeType())) {
                    watts(setting.value()).ifPresent(power -> maxSet.put(evse, power));
                } else if (actual(setting) && setting.maxLimit() != null) {
                    watts(setting.maxLimit().toPlainString()).ifPresent(power -> maxLimit.put(evse, power));
                }
            }
        } catch (ChargerNotFoundException gone) {
            return Map.of();
        }
        Map<ConnectorKey, ConnectorDescription> result = new HashMap<>();
        types.forEach((key, type) -> result.put(key,
                new ConnectorDescription(type, maxSet.getOrDefault(key.evseId(), maxLimit.get(key.evseId())))));
        return result;
    }

    /** The inventory's settings whose name starts with {@code prefix} (one page is plenty: a few per EVSE). */
    private List<Setting> settings(ChargerIdentity charger, String prefix) {
        return inventories.settings(charger, prefix, PAGE).stream()
                .filter(setting -> setting.raw() != null && setting.raw().startsWith(prefix)).toList();
    }

    private static boolean actual(Setting setting) {
        return setting.attributeType() == null || "Actual".equals(setting.attributeType());
    }

    private static Optional<Power> watts(String value) {
        try {
            long watts = new BigDecimal(value.strip()).longValue();
            return watts >= 1 && watts <= ConnectorSpec.LARGEST.watts() ? Optional.of(Power.ofWatts(watts)) : Optional.empty();
        } catch (RuntimeException notANumber) {
            return Optional.empty();
        }
    }

    private record Cached(Map<ConnectorKey, ConnectorDescription> descriptions, Instant readAt) {
    }
}
