package io.busbar.pricedisplay.internal;

import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.devicemodel.Inventories;
import io.busbar.devicemodel.Setting;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Whether a charger displays prices, from what its device-model inventory says (never asked live: a display
 * message must not cost a round trip). OCPP 1.6: configuration key CustomDisplayCostAndPrice (OCA California
 * pricing); only "true" counts, an unknown key means the charger never said so and gets no costmsg DataTransfer.
 * OCPP 2.0.1: TariffCostCtrlr.Enabled(Tariff) / Enabled(Cost); only an explicit "false" stops Busbar, because the
 * 2.0.1 answer fields are optional and a station that ignores them loses nothing.
 */
@Component
class CostDisplaySupport {
    static final String CALIFORNIA_PRICING_KEY = "CustomDisplayCostAndPrice";
    static final String TARIFF_ENABLED = "TariffCostCtrlr.Enabled(Tariff)";
    static final String COST_ENABLED = "TariffCostCtrlr.Enabled(Cost)";

    private final ChargerRegistry chargers;
    private final Inventories inventories;
    private final java.util.Map<ChargerIdentity, Protocol> protocols = new java.util.concurrent.ConcurrentHashMap<>();

    CostDisplaySupport(ChargerRegistry chargers, Inventories inventories) {
        this.chargers = chargers;
        this.inventories = inventories;
    }

    enum Protocol { OCPP16, OCPP201, UNKNOWN }

    /** Asked for every meter-value batch: remembered per charger until it connects again (possibly as another version). */
    Protocol protocolOf(ChargerIdentity charger) {
        // Not computeIfAbsent: it would hold a map lock across the database query, and a boot storm's connection
        // listeners (holding pooled connections) queued behind that lock starved the pool.
        Protocol cached = protocols.get(charger);
        if (cached != null) {
            return cached;
        }
        String protocol = chargers.find(charger).map(Charger::protocol).orElse(null);
        Protocol found = protocol == null ? Protocol.UNKNOWN
                : protocol.endsWith("1.6") ? Protocol.OCPP16 : Protocol.OCPP201;
        protocols.put(charger, found);
        return found;
    }

    @org.springframework.context.event.EventListener
    void on(io.busbar.chargers.ChargerWentOnline event) {
        protocols.remove(event.charger());
    }

    /** 1.6: the charger declared CustomDisplayCostAndPrice = true. */
    boolean californiaPricing(ChargerIdentity charger) {
        return setting(charger, CALIFORNIA_PRICING_KEY).map(value -> value.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /** 2.0.1: tariff texts, unless TariffCostCtrlr.Enabled(Tariff) is false. */
    boolean showsTariff(ChargerIdentity charger) {
        return !explicitlyFalse(charger, TARIFF_ENABLED);
    }

    /** 2.0.1: costs, unless TariffCostCtrlr.Enabled(Cost) is false. */
    boolean showsCost(ChargerIdentity charger) {
        return !explicitlyFalse(charger, COST_ENABLED);
    }

    private boolean explicitlyFalse(ChargerIdentity charger, String raw) {
        return setting(charger, raw).map(value -> value.trim().equalsIgnoreCase("false")).orElse(false);
    }

    /**
     * One setting's value by its raw name. The inventory pages by raw name with an exclusive cursor, so starting
     * just before the name (the name minus its last character) finds it among the first few rows.
     */
    private Optional<String> setting(ChargerIdentity charger, String raw) {
        List<Setting> near = inventories.settings(charger, raw.substring(0, raw.length() - 1), 5);
        return near.stream().filter(setting -> setting.raw().equalsIgnoreCase(raw) && setting.value() != null)
                .map(Setting::value).findFirst();
    }
}
