package io.busbar.demo;

import io.busbar.authorization.IdToken;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.Charger;
import io.busbar.chargers.ChargerAlreadyRegisteredException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.chargers.RegisterCharger;
import io.busbar.chargers.RegistrationStatus;
import io.busbar.chargers.GeoPoint;
import io.busbar.chargers.Site;
import io.busbar.chargers.Sites;
import io.busbar.smartcharging.SiteTopologies;
import io.busbar.smartcharging.TopologyDocument;
import io.busbar.tariffs.AssignmentScope;
import io.busbar.tariffs.TariffAssignments;
import io.busbar.tariffs.TariffCatalog;
import io.busbar.tariffs.TariffId;
import io.busbar.tariffs.TariffJson;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets up what the demo fleet needs in the registries: the sites "Demo depot" (Amsterdam) and "Demo office park"
 * (Utrecht) with coordinates, the chargers {@code DEMO-16-01}, {@code DEMO-201-01}, {@code DEMO-16-02}, ... (the
 * first half at the depot, the rest at the office park), one card per charger, {@code DEMO-CARD-0001}, ..., and
 * for each site an electrical topology whose grid connection is smaller than its chargers together (so load
 * management has something to share), unless the site already has one.
 *
 * <p>Idempotent, so Busbar restarts on the same database: what exists is reused. Each run gives every demo
 * charger a fresh random password, because passwords are stored only hashed and the fleet keeps its own in
 * memory. Each registry call commits on its own; a run interrupted half-way is completed by the next one.
 */
@Component
class DemoDepot {
    static final String SITE_NAME = "Demo depot";
    static final String SECOND_SITE_NAME = "Demo office park";
    private static final GeoPoint DEPOT = new GeoPoint(52.3889, 4.8375);
    private static final GeoPoint OFFICE_PARK = new GeoPoint(52.0855, 5.1695);
    /** Each site's grid connection per phase: one 32 A charger at full power, two must share. */
    private static final BigDecimal GRID_AMPS = BigDecimal.valueOf(40);
    static final String TARIFF_ID = "demo-ac";
    private static final java.time.Instant TARIFF_FROM = java.time.Instant.parse("2020-01-01T00:00:00Z");
    private static final Logger log = LoggerFactory.getLogger(DemoDepot.class);
    private static final int PASSWORD_LENGTH = 24;
    private static final String PASSWORD_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Sites sites;
    private final ChargerRegistry chargers;
    private final IdTokens tokens;
    private final SiteTopologies topologies;
    private final TariffCatalog tariffs;
    private final TariffAssignments assignments;
    private final SecureRandom passwords = new SecureRandom();

    DemoDepot(Sites sites, ChargerRegistry chargers, IdTokens tokens, SiteTopologies topologies, TariffCatalog tariffs,
              TariffAssignments assignments) {
        this.sites = sites;
        this.chargers = chargers;
        this.tokens = tokens;
        this.topologies = topologies;
        this.tariffs = tariffs;
        this.assignments = assignments;
    }

    /** Ensures the site, {@code count} chargers and their cards exist; returns the chargers with their passwords. */
    List<DemoCharger> provision(int count) {
        Site depot = ensureSite(SITE_NAME, "Demo depot, Amsterdam", DEPOT);
        Site officePark = ensureSite(SECOND_SITE_NAME, "Demo office park, Utrecht", OFFICE_PARK);
        int atDepot = (count + 1) / 2;
        List<DemoCharger> fleet = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            DemoCharger charger = new DemoCharger(identityOf(index), versionOf(index), newPassword(), cardOf(index));
            ensureCharger(charger, index < atDepot ? depot : officePark);
            ensureCard(charger.card(), index);
            fleet.add(charger);
        }
        ensureTopology(depot, fleet.subList(0, atDepot));
        ensureTopology(officePark, fleet.subList(atDepot, count));
        ensureTariff(List.of(depot, officePark));
        return List.copyOf(fleet);
    }

    /** DEMO-16-01, DEMO-201-01, DEMO-16-02, DEMO-201-02, ...: versions alternate, numbered per version. */
    static String identityOf(int index) {
        String version = versionOf(index) == OcppVersion.V16 ? "16" : "201";
        return String.format(Locale.ROOT, "DEMO-%s-%02d", version, index / 2 + 1);
    }

    static OcppVersion versionOf(int index) {
        return index % 2 == 0 ? OcppVersion.V16 : OcppVersion.V201;
    }

    static String cardOf(int index) {
        return String.format(Locale.ROOT, "DEMO-CARD-%04d", index + 1);
    }

    private Site ensureSite(String name, String address, GeoPoint location) {
        Optional<Site> existing = sites.list().stream().filter(site -> name.equals(site.name())).findFirst();
        return existing.orElseGet(() -> sites.create(TenantId.DEFAULT, name, address, ZoneId.of("UTC"), location));
    }

    /** "demo-ac": 0.50 EUR per session + 0.39 EUR/kWh, 19 % VAT, for both sites (unless they have a tariff). */
    private void ensureTariff(List<Site> demoSites) {
        TariffId id = new TariffId(TARIFF_ID);
        try {
            if (tariffs.latest(id).isEmpty()) {
                tariffs.create(TenantId.DEFAULT, TariffJson.read("""
                        {"id": "demo-ac", "currency": "EUR", "elements": [{"components": [
                          {"dimension": "FLAT", "price": 0.50, "vatPercent": 19, "stepSize": 1},
                          {"dimension": "ENERGY", "price": 0.39, "vatPercent": 19, "stepSize": 1}]}]}"""));
            }
            for (Site site : demoSites) {
                String target = site.id().toString();
                if (assignments.list(TenantId.DEFAULT, null, AssignmentScope.SITE, target).isEmpty()) {
                    assignments.assign(TenantId.DEFAULT, id, AssignmentScope.SITE, target, TARIFF_FROM, null);
                }
            }
        } catch (RuntimeException e) {
            // Prices are a bonus of the demo: sessions without a tariff are still recorded (at 0.00).
            log.warn("Demo: no tariff: {}", e.getMessage());
        }
    }

    /** A grid connection of {@link #GRID_AMPS} per phase feeding the site's chargers (32 A, three-phase, each). */
    private void ensureTopology(Site site, List<DemoCharger> atSite) {
        if (atSite.isEmpty() || topologies.find(site.id()).isPresent()) {
            return;
        }
        TopologyDocument.PhaseAmps grid = new TopologyDocument.PhaseAmps(GRID_AMPS, GRID_AMPS, GRID_AMPS);
        List<TopologyDocument.EvseNode> evses = atSite.stream().map(charger -> new TopologyDocument.EvseNode(
                charger.identity(), 1, "grid", new TopologyDocument.Wiring(TopologyDocument.WiringType.THREE_PHASE,
                null, null, null, "RST"), BigDecimal.valueOf(32), BigDecimal.valueOf(6), BigDecimal.ONE, 0)).toList();
        try {
            topologies.replace(site.id(), new TopologyDocument(BigDecimal.valueOf(230), BigDecimal.valueOf(400),
                    new TopologyDocument.Grid("grid", grid, null, null), List.of(), evses, null, null));
        } catch (RuntimeException e) {
            // Load management is a bonus of the demo, never a reason for it not to charge.
            log.warn("Demo: no topology for {}: {}", site.name(), e.getMessage());
        }
    }

    private void ensureCharger(DemoCharger charger, Site site) {
        ChargerIdentity identity = new ChargerIdentity(charger.identity());
        Optional<Charger> existing = chargers.find(identity);
        if (existing.isEmpty()) {
            try {
                chargers.register(new RegisterCharger(identity, charger.password(), site.id(),
                        "Demo charger (" + charger.version().subprotocol() + ")"));
                return;
            } catch (ChargerAlreadyRegisteredException raced) {
                // Another node registered it between find and register: fall through and set our password.
            }
        }
        chargers.changePassword(identity, charger.password());
        existing.filter(found -> found.registration() != RegistrationStatus.ACCEPTED)
                .ifPresent(found -> log.warn("Demo: {} is {}; it will not charge until an operator approves it",
                        identity, found.registration()));
    }

    private void ensureCard(String card, int index) {
        Optional<TokenRecord> existing = tokens.find(card);
        if (existing.isEmpty()) {
            try {
                tokens.create(TenantId.DEFAULT, IdToken.of(card), "Demo card " + (index + 1), false, null, null);
            } catch (IllegalStateException raced) {
                // Created by another node meanwhile: nothing left to do.
            }
        } else if (existing.get().blocked()) {
            log.warn("Demo: card {} is blocked; its charger's sessions will be refused", card);
        }
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(passwords.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
