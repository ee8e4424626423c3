package io.busbar.dashboard.sites;

import io.busbar.api.ApiClient;
import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sites list and a site's view in a real browser: a site with a 63 A grid connection and a 32 A feeder, one
 * simulated charger charging an EV under the feeder, one idle on the grid connection.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteViewBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    RestApi rest;
    SimulatedChargers chargers;
    String site;

    @BeforeAll
    void setUp() {
        browser = new ConsoleBrowser(port);
        rest = new RestApi(port);
        chargers = new SimulatedChargers(port);
        site = rest.post("/api/v1/sites", Map.of("name", "Office garage", "address", "Kade 12, Amsterdam",
                "timeZone", "Europe/Amsterdam", "location", Map.of("latitude", 52.379189, "longitude", 4.899431)))
                .get("id").asString();
        for (String identity : new String[] {"GARAGE-1", "GARAGE-2"}) {
            rest.post("/api/v1/chargers", Map.of("identity", identity, "password", SimulatedChargers.PASSWORD,
                    "siteId", site, "label", "Bay " + identity.substring(identity.length() - 1)));
        }
        var stored = ApiClient.admin(port).put("/api/v1/sites/" + site + "/topology", """
                {"grid": {"id": "grid", "limits": {"l1": 63, "l2": 63, "l3": 63}},
                 "breakers": [{"id": "feeder", "parent": "grid", "limits": {"l1": 32, "l2": 32, "l3": 32}}],
                 "evses": [{"charger": "GARAGE-1", "evseId": 1, "parent": "feeder", "wiring": {"type": "THREE_PHASE"},
                            "maxCurrentA": 32},
                           {"charger": "GARAGE-2", "evseId": 1, "wiring": {"type": "THREE_PHASE"}, "maxCurrentA": 32}],
                 "policies": {"demandCharge": {"capKw": 40, "windowMinutes": 15}},
                 "nonEvLoad": {"maxAgeSeconds": 120, "worstCase": {"l1": 10, "l2": 10, "l3": 10}}}""");
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        rest.post("/api/v1/id-tokens", Map.of("value", "GARAGE-TOKEN", "type", "ISO14443"));
        SimulatedChargePoint charging = chargers.booted("GARAGE-1", OcppVersion.V16);
        chargers.booted("GARAGE-2", OcppVersion.V201);
        charging.plugIn(1, new SimulatedEv(60_000, 30, 22_080, 3)).authorize("GARAGE-TOKEN").start();
        await().atMost(Duration.ofSeconds(15)).until(() -> allocationOf("GARAGE-1").path("limitA").isNumber());
    }

    @AfterAll
    void tearDown() {
        chargers.close();
        browser.close();
    }

    @Test
    void theSiteViewShowsEveryLimitTheChargingEvsesAllocationWithItsReasonTheDemandAndTheChargers() {
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
        browser.open("/console/sites");
        assertThat(browser.text(By.cssSelector("[data-test=site-" + site + "] [data-test=site-chargers]"))).isEqualTo("2");
        browser.driver().findElement(By.cssSelector("[data-test=site-" + site + "] [data-test=site-link]")).click();

        assertThat(browser.text(By.cssSelector("[data-test=site-name]"))).isEqualTo("Office garage");
        assertThat(text("[data-test=phase-grid-L1] [data-test=limit]")).isEqualTo("63 A");
        assertThat(text("[data-test=phase-feeder-L3] [data-test=limit]")).isEqualTo("32 A");
        JsonNode allocation = allocationOf("GARAGE-1");
        assertThat(text("[data-test=allocation-GARAGE-1-1] [data-test=limit-a]"))
                .isEqualTo(allocation.get("limitA").decimalValue().stripTrailingZeros().toPlainString() + " A");
        assertThat(text("[data-test=allocation-GARAGE-1-1] [data-test=reason]"))
                .isNotBlank().doesNotContain("no vehicle").contains(allocation.get("reason").asString());
        assertThat(text("[data-test=allocation-GARAGE-2-1] [data-test=reason]")).contains("no vehicle");
        assertThat(text("[data-test=demand]")).contains("Today's peak").contains("Cap").contains("40.0 kW");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=demand-chart]"))).hasSize(1);
        assertThat(text("[data-test=charger-GARAGE-1] [data-test=connection]")).isEqualTo("online");
        assertThat(text("[data-test=charger-GARAGE-1] [data-test=firmware]")).isEqualTo("sim-1.0");
        assertThat(text("[data-test=charger-GARAGE-1] [data-test=evse-1]")).isEqualTo("1: OCCUPIED");
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=charger-GARAGE-1] a")).getAttribute("href"))
                .endsWith("/console/chargers/GARAGE-1");
        // The feeder carries the charging EV's allocation on every line (three-phase EV, standard rotation); the grid
        // connection carries it too, plus the non-EV load (the configured worst case: nothing is reported).
        double limit = allocation.get("limitA").asDouble();
        assertThat(Double.parseDouble(text("[data-test=phase-feeder-L2] [data-test=allocated]"))).isEqualTo(limit);
        assertThat(Double.parseDouble(text("[data-test=phase-grid-L2] [data-test=allocated]"))).isEqualTo(limit + 10);
        assertThat(Double.parseDouble(text("[data-test=phase-feeder-L2] [data-test=drawn]"))).isPositive();
        assertThat(text("[data-test=allocation-GARAGE-1-1] [data-test=reason]")).doesNotStartWith("LIMITED_BY");
        browser.screenshot("site");
    }

    @Test
    void aSiteThatDoesNotExistIsExplainedNotShownEmpty() {
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console/sites/" + UUID.randomUUID());

        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("No site");
    }

    private JsonNode allocationOf(String charger) {
        for (JsonNode evse : rest.get("/api/v1/sites/" + site + "/allocation").path("evses")) {
            if (evse.path("charger").asString().equals(charger)) {
                return evse;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /** Read in the page: the live parts are swapped by polling between finding an element and reading it. */
    private String text(String selector) {
        browser.waitFor(By.cssSelector(selector));
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = document.querySelector(arguments[0]); return e == null ? null : e.textContent.trim().replace(/\\s+/g, ' ');",
                selector));
    }
}
