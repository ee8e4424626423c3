package io.busbar.dashboard.overview;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The network overview in a real browser: live counts over server-sent events (a charger that goes offline shows
 * without a reload), the site table and map, and a raised alert acknowledged from the attention list. The tests
 * run in order: the first owns the network's only chargers, so its totals are exact.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "busbar.alerts.check-interval=200ms")
class OverviewBrowserTest {
    @Value("${local.server.port}")
    int port;
    @Autowired
    OverviewStreams streams;
    ConsoleBrowser browser;
    RestApi rest;
    SimulatedChargers chargers;

    @BeforeAll
    void startBrowser() {
        browser = new ConsoleBrowser(port);
        rest = new RestApi(port);
        chargers = new SimulatedChargers(port);
    }

    @AfterEach
    void leavePage() {
        browser.driver().get("about:blank");
    }

    @AfterAll
    void closeBrowser() {
        chargers.close();
        browser.close();
    }

    @Test
    @Order(1)
    void aChargerGoingOfflineShowsOnTheOverviewWithinSecondsWithoutAReload() {
        String site = site("Harbour car park", 52.379189, 4.899431);
        SimulatedChargePoint first = chargerAt(site, "OV-1");
        chargerAt(site, "OV-2");
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console");
        browser.waiting(Duration.ofSeconds(10)).until(driver -> "2".equals(text("count-available")));
        assertThat(text("count-offline")).isEqualTo("0");
        assertThat(text("site-row-" + site)).contains("Harbour car park");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=site-map] .leaflet-interactive"))).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> streams.open() == 1);
        js("window.overviewMarker = 'still the same page';");
        browser.screenshot("overview");

        long before = System.nanoTime();
        first.disconnect();
        browser.waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> "1".equals(text("count-offline"))
                && "1".equals(text("count-available")));
        double seconds = (System.nanoTime() - before) / 1e9;
        System.out.printf("offline shown after %.1f s%n", seconds);

        assertThat(js("return window.overviewMarker;")).isEqualTo("still the same page");
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=site-row-" + site + "] [data-test=site-offline]"))
                .getText()).isEqualTo("1");
    }

    @Test
    @Order(2)
    void aFaultedConnectorIsCountedAndItsRaisedAlertIsAcknowledgedFromTheOverview() {
        String site = site("Depot west", null, null);
        rest.post("/api/v1/alert-rules", Map.of("name", "Depot west down", "minSeverity", "ERROR", "siteId", site,
                "minDurationSeconds", 0, "levels", List.of(Map.of("afterSeconds", 0, "emails",
                        List.of("noc@example.test")))));
        SimulatedChargePoint charger = chargerAt(site, "OV-FAULT");
        charger.statusNotification(1, 1, "Faulted").join();
        await().atMost(Duration.ofSeconds(10)).until(() -> !rest.get("/api/v1/alerts?state=RAISED").get("items").isEmpty());
        String alert = rest.get("/api/v1/alerts?state=RAISED").get("items").get(0).get("id").asString();

        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console");
        browser.waiting(Duration.ofSeconds(10)).until(driver -> "1".equals(text("count-faulted")));
        String attention = text("attention");
        assertThat(attention).contains("OV-FAULT");
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=attention] a")).getAttribute("href"))
                .endsWith("/console/chargers/OV-FAULT");

        browser.driver().findElement(By.cssSelector("[data-test=alert-" + alert + "] [data-test=acknowledge]")).click();

        browser.waiting(Duration.ofSeconds(10)).withMessage(() -> "flash: " + js(
                "return document.getElementById('console-flash').outerHTML;"))
                .until(driver -> text("notice").contains("Alert acknowledged"));
        assertThat(rest.get("/api/v1/alerts/" + alert).get("acknowledgedBy").asString()).isEqualTo("Test operator");
        browser.waiting(Duration.ofSeconds(5)).withMessage(() -> "attention: " + js(
                "return Array.from(document.querySelectorAll('[data-test=attention]')).map(e => e.outerHTML).join('\\n');"))
                .until(driver -> driver.findElements(By.cssSelector("[data-test=alert-" + alert + "]")).isEmpty());
    }

    @Test
    @Order(3)
    void aReadOnlyUserSeesTheAlertsButNoAcknowledgeButtonAndTheOverviewFitsATablet() {
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        try {
            browser.open("/console");
            browser.waitFor(By.cssSelector("[data-test=count-available]"));
            assertThat(browser.text(By.cssSelector("[data-test=attention]"))).contains("OV-FAULT");
            assertThat(browser.driver().findElements(By.cssSelector("[data-test=acknowledge]"))).isEmpty();
            assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("no sideways scrolling of the page at 1024×768").isTrue();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1440, 900));
        }
    }

    private String site(String name, Double latitude, Double longitude) {
        Map<String, Object> body = latitude == null ? Map.of("name", name)
                : Map.of("name", name, "location", Map.of("latitude", latitude, "longitude", longitude));
        return rest.post("/api/v1/sites", body).get("id").asString();
    }

    /** Registered at the site first (SimulatedChargers then finds it), then connected and booted. */
    private SimulatedChargePoint chargerAt(String site, String identity) {
        rest.post("/api/v1/chargers", Map.of("identity", identity, "password", SimulatedChargers.PASSWORD, "siteId", site));
        return chargers.booted(identity, OcppVersion.V16);
    }

    /** The element's text, read in the page (the live part may be swapped between finding and reading). */
    private String text(String dataTest) {
        return String.valueOf(js("var e = document.querySelector('[data-test=\"" + dataTest + "\"]');"
                + " return e == null ? null : e.textContent.trim();"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
