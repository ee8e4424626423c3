package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.testing.BusbarTest;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands from the charger view in a real browser against simulated chargers over real sockets: a remote reset
 * and the charger's answer, what a read-only user gets, an invalid input explained, an offline charger.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChargerCommandsBrowserTest {
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    SimulatedChargers chargers;

    @BeforeAll
    void start() {
        browser = new ConsoleBrowser(port);
        chargers = new SimulatedChargers(port);
    }

    @AfterAll
    void stop() {
        try {
            chargers.close();
        } finally {
            browser.close();
        }
    }

    @Test
    void anOperatorHardResetsAChargerAndSeesItsAnswerAndTheCommandInTheLog() {
        chargers.booted("CMD-16", OcppVersion.V16);
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console/chargers/CMD-16");
        browser.waitForText(By.cssSelector("[data-test=charger-online]"), "Online");
        browser.waitFor(By.cssSelector("[data-test=tab-commands]")).click();

        browser.waitFor(By.cssSelector("[data-test=reset-hard]")).click();
        var confirm = browser.waiting(FEW_SECONDS).until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isEqualTo("Hard reset CMD-16 now? Charging sessions will stop.");
        confirm.accept();

        WebElement outcome = browser.waitForText(By.cssSelector("[data-test=command-outcome]"), "Accepted");
        assertThat(outcome.getText()).startsWith("Reset: Accepted at ");
        WebElement logged = browser.waitForText(By.cssSelector("[data-test=recent-command][data-command=Reset]"), "Accepted");
        assertThat(logged.getText()).contains("HARD");
        browser.screenshot("charger-commands");
    }

    @Test
    void aSoftResetOfA201ChargerIsAnsweredToo() {
        chargers.booted("CMD-201", OcppVersion.V201);
        browser.signIn(ConsoleBrowser.createUser(port, "SUPPORT"));
        browser.open("/console/chargers/CMD-201?tab=commands");

        browser.waitFor(By.cssSelector("[data-test=reset-soft]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.alertIsPresent()).accept();

        assertThat(browser.waitForText(By.cssSelector("[data-test=command-outcome]"), "Accepted").getText())
                .startsWith("Reset: Accepted at ");
    }

    @Test
    void aReadOnlyUserSeesTheChargerButNoCommand() {
        chargers.booted("CMD-RO", OcppVersion.V16);
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
        browser.open("/console/chargers/CMD-RO?tab=commands");

        assertThat(browser.text(By.cssSelector("[data-test=commands-not-allowed]"))).contains("READ_ONLY");
        assertThat(browser.text(By.cssSelector("[data-test=charger-online]"))).isEqualTo("Online");
        assertThat(browser.text(By.cssSelector("[data-test=connector-status]"))).isEqualTo("AVAILABLE");
        assertThat(browser.driver().findElements(By.cssSelector(
                "[data-test=reset-hard], [data-test=reset-soft], [data-test=unlock], [data-test=remote-start],"
                        + " [data-test=change-availability], [data-test=update-firmware], [data-test=upload-log]")))
                .isEmpty();
        browser.waitFor(By.cssSelector("[data-test=recent-commands]"));
    }

    @Test
    void aRemoteStartWithoutATokenIsExplainedAndNothingIsSent() {
        chargers.booted("CMD-BAD", OcppVersion.V16);
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console/chargers/CMD-BAD?tab=commands");

        browser.waitFor(By.cssSelector("[data-test=remote-start]")).click();
        browser.waiting(FEW_SECONDS).until(ExpectedConditions.alertIsPresent()).accept();

        WebElement problem = browser.waitFor(By.cssSelector("[data-test=command-problem]"));
        assertThat(problem.getText()).startsWith("Remote start: ");
        assertThat(browser.text(By.cssSelector("[data-test=command-field-error]"))).isEqualTo("idToken must not be blank");
        assertThat(new RestApi(port).get("/api/v1/chargers/CMD-BAD/commands").get("items").size()).isZero();
    }

    @Test
    void anOfflineChargerSaysWhyItsCommandsAreDisabled() {
        new RestApi(port).post("/api/v1/chargers", Map.of("identity", "CMD-OFF", "password", SimulatedChargers.PASSWORD));
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console/chargers/CMD-OFF?tab=commands");

        assertThat(browser.text(By.cssSelector("[data-test=commands-offline]")))
                .contains("CMD-OFF is offline").contains("commands need a live connection");
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=reset-hard]")).isEnabled()).isFalse();
        assertThat(browser.text(By.cssSelector("[data-test=charger-online]"))).isEqualTo("Offline");
    }
}
