package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.ChargingSession;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.simulator.chargepoint.SimulatedEv;
import io.busbar.simulator.chargepoint.SimulatedFaults;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.MutableClock;
import io.busbar.testing.RestApi;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chargers list and the charger view's read tabs in a real browser, against simulated chargers over real
 * sockets: states and filters, approving a pending charger, the meter charts of a session, connection history,
 * the fault log and changing a setting.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChargersBrowserTest {
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    SimulatedChargers chargers;
    SimulatedChargers chargersOnTheirOwnClock;
    SimulatedChargePoint unknown;
    RestApi api;

    @BeforeAll
    void start() {
        browser = new ConsoleBrowser(port);
        chargers = new SimulatedChargers(port);
        api = new RestApi(port);
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
    }

    @AfterAll
    void stop() {
        try {
            chargers.close();
            if (chargersOnTheirOwnClock != null) {
                chargersOnTheirOwnClock.close();
            }
            if (unknown != null) {
                unknown.close();
            }
        } finally {
            browser.close();
        }
    }

    @Test
    void theListShowsEachChargersStateAndFiltersByConnection() {
        chargers.booted("LIST-16", OcppVersion.V16);
        chargers.booted("LIST-201", OcppVersion.V201);
        api.post("/api/v1/chargers", Map.of("identity", "LIST-OFF", "password", SimulatedChargers.PASSWORD,
                "label", "Never connected"));

        browser.open("/console/chargers");
        WebElement online = row("LIST-201");
        assertThat(online.findElement(By.cssSelector("[data-test=online]")).getText()).isEqualTo("Online");
        assertThat(online.getText()).contains("ocpp2.0.1").contains("Busbar SimCP-1").contains("ACCEPTED");
        assertThat(online.findElement(By.cssSelector("[data-test=firmware]")).getText())
                .isEqualTo(SimulatedChargePoint.FIRMWARE);
        assertThat(row("LIST-OFF").getText()).contains("Never connected").contains("Offline");
        browser.screenshot("chargers");

        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.name("presence"))).selectByValue("offline");
        browser.driver().findElement(By.cssSelector("[data-test=apply-filters]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.urlContains("presence=offline"));
        assertThat(identities()).contains("LIST-OFF").doesNotContain("LIST-16", "LIST-201");

        row("LIST-OFF").findElement(By.cssSelector("[data-test=charger-link]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=charger-identity]"))).isEqualTo("LIST-OFF");
    }

    @Test
    void moreChargersAreAppendedPageByPage() {
        for (String identity : List.of("PAGE-1", "PAGE-2", "PAGE-3")) {
            api.post("/api/v1/chargers", Map.of("identity", identity, "password", SimulatedChargers.PASSWORD));
        }
        browser.open("/console/chargers?presence=offline&limit=2");
        int total = api.get("/api/v1/chargers?online=false&limit=500").get("items").size();
        assertThat(identities()).hasSize(2);

        for (int page = 2; page <= (total + 1) / 2; page++) {
            int shown = 2 * page;
            browser.waitFor(By.cssSelector("[data-test=more]")).click();
            browser.waiting(FEW_SECONDS).until(driver -> driver.findElements(
                    By.cssSelector("[data-test=charger-row]")).size() == Math.min(shown, total));
        }
        assertThat(identities()).hasSize(total).contains("PAGE-1", "PAGE-2", "PAGE-3").doesNotHaveDuplicates();
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=more]"))).isEmpty();
    }

    @Test
    void aPendingChargerIsApprovedFromTheList() throws Exception {
        unknown = SimulatedChargePoint.builder(chargers.url(), "LIST-NEW", OcppVersion.V16).connect();
        assertThat(unknown.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Pending");

        browser.open("/console/chargers?registration=PENDING");
        assertThat(identities()).containsExactly("LIST-NEW");
        row("LIST-NEW").findElement(By.cssSelector("[data-test=approve]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.alertIsPresent()).accept();

        browser.waitForText(By.cssSelector("[data-identity=LIST-NEW] [data-test=registration]"), "ACCEPTED");
        assertThat(api.get("/api/v1/chargers/LIST-NEW").get("registration").asString()).isEqualTo("ACCEPTED");
        assertThat(unknown.boot().get(10, TimeUnit.SECONDS).status()).isEqualTo("Accepted");
    }

    @Test
    void theChargerViewChartsTheLatestSessionsMeterValues() {
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofMinutes(40)));
        chargersOnTheirOwnClock = new SimulatedChargers(port, clock);
        SimulatedChargePoint charger = chargersOnTheirOwnClock.booted("CHART-16", OcppVersion.V16);
        api.post("/api/v1/id-tokens", Map.of("value", "CHART-TOKEN", "type", "ISO14443"));
        ChargingSession session = charger.plugIn(1, new SimulatedEv(60_000, 30, 11_000, 3)).authorize("CHART-TOKEN").start();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(5));
            session.advance(Duration.ofMinutes(5));
        }

        browser.open("/console/chargers/CHART-16");
        browser.waiting(FEW_SECONDS).until(driver -> driver.findElements(By.cssSelector(".chart canvas")).size() >= 3);
        assertThat(browser.text(By.cssSelector("[data-test=chart-session]"))).startsWith("Current session on EVSE 1");
        List<String> labels = browser.driver().findElements(By.cssSelector(".chart .u-legend .u-series .u-label"))
                .stream().map(WebElement::getText).filter(label -> !label.isBlank()).toList();
        assertThat(labels).contains("Power (kW)", "SoC (%)", "Energy (kWh)", "Voltage L1-N (V)");
        assertThat(browser.text(By.cssSelector("[data-test=missing-quantities]"))).contains("Temperature");
        assertThat(browser.text(By.cssSelector("[data-test=connector-status]"))).isEqualTo("CHARGING");
        browser.screenshot("charger");
        session.stop(io.busbar.simulator.chargepoint.StopReason.LOCAL);
    }

    @Test
    void theHistoryAndFaultTabsShowConnectionsAndOpenFaultsFirst() {
        SimulatedChargePoint charger = chargers.booted("HIST-16", OcppVersion.V16);
        charger.faults().faulted(1, SimulatedFaults.Cure.NONE, "GroundFailure");

        browser.open("/console/chargers/HIST-16?tab=history");
        assertThat(browser.text(By.cssSelector("[data-test=presence-event]"))).startsWith("Connected").contains("ocpp1.6");

        browser.driver().findElement(By.cssSelector("[data-test=tab-faults]")).click();
        WebElement fault = browser.waitFor(By.cssSelector("[data-test=open-faults] [data-test=fault]"));
        assertThat(fault.getText()).contains("ERROR").contains("GroundFailure");
        browser.waitForText(By.cssSelector("[data-test=connector-status]"), "FAULTED");
    }

    @Test
    void aSettingIsChangedOnTheChargerAndABadValueIsExplained() {
        chargers.booted("CONF-16", OcppVersion.V16);
        browser.open("/console/chargers/CONF-16?tab=configuration");
        assertThat(browser.text(By.cssSelector("[data-test=no-settings]"))).contains("has not reported its settings");
        browser.driver().findElement(By.cssSelector("[data-test=refresh-settings]")).click();

        assertThat(browser.text(By.cssSelector("[data-test=setting][data-name=HeartbeatInterval]"))).contains("300");
        assertThat(browser.text(By.cssSelector("[data-test=drift-unchecked]"))).isEqualTo("Not checked yet.");

        changeSetting("HeartbeatInterval", "600");
        assertThat(browser.waitFor(By.cssSelector("[data-test=setting-answer]")).getText())
                .contains("HeartbeatInterval = 600").contains("Accepted");

        changeSetting("HeartbeatInterval", "often");
        assertThat(browser.text(By.cssSelector("[data-test=setting-problem]")))
                .contains("HeartbeatInterval must be a whole number");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=setting-answer]"))).isEmpty();

        WebElement drift = browser.waitFor(By.cssSelector("[data-test=drift]"));
        drift.findElement(By.cssSelector("[data-test=check-drift]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.stalenessOf(drift));
        assertThat(browser.waitForText(By.cssSelector("[data-test=drift-state]"), "In sync").getText()).isEqualTo("In sync");
        assertThat(browser.text(By.cssSelector("[data-test=drift]"))).contains("no template");
    }

    private void changeSetting(String name, String value) {
        WebElement form = browser.waitFor(By.cssSelector("[data-test=change-setting]"));
        WebElement before = form.findElement(By.cssSelector("[data-test=setting-result]"));
        WebElement nameField = form.findElement(By.name("name"));
        nameField.clear();
        nameField.sendKeys(name);
        WebElement valueField = form.findElement(By.name("value"));
        valueField.clear();
        valueField.sendKeys(value);
        form.findElement(By.cssSelector("[data-test=save-setting]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.alertIsPresent()).accept();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.stalenessOf(before));
    }

    private WebElement row(String identity) {
        return browser.waitFor(By.cssSelector("[data-test=charger-row][data-identity='" + identity + "']"));
    }

    private List<String> identities() {
        browser.waitFor(By.cssSelector("[data-test=chargers]"));
        return browser.driver().findElements(By.cssSelector("[data-test=charger-row]")).stream()
                .map(row -> row.getAttribute("data-identity")).toList();
    }
}
