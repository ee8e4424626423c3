package io.busbar.dashboard;

import io.busbar.api.ApiClient;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.SimulatedFaults.Cure;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static io.busbar.dashboard.ChargedNetwork.awaitJson;
import static io.busbar.dashboard.ChargedNetwork.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The uptime page in a real browser: a charger on a site faults, self-healing's soft reset cures it (a real playbook
 * run over a real socket), an operator has opened a ticket; the page shows the site's and the EVSE's uptime against
 * the SLA target, the run with its steps and the open ticket, and explains a period that is not one.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {
        "busbar.self-healing.enabled=true",
        "busbar.self-healing.poll-interval=100ms",
        "busbar.faults.check-interval=200ms"})
class UptimeBrowserTest {
    static final String CHARGER = "UP-1";
    static final String SITE = "Uptime depot";

    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    SimulatedChargers chargers;

    @BeforeAll
    void setUp() {
        ApiClient api = ApiClient.admin(port);
        String site = created(api.post("/api/v1/sites", """
                {"name": "%s", "timeZone": "UTC"}""".formatted(SITE))).get("id").asString();
        created(api.post("/api/v1/chargers", """
                {"identity": "%s", "password": "%s", "siteId": "%s"}""".formatted(CHARGER,
                SimulatedChargers.PASSWORD, site)));
        // short waits, so the run ends within the test
        created(api.put("/api/v1/playbooks", """
                {"faultType": "CONNECTOR_ERROR", "steps": [{"step": "SOFT_RESET"}, {"step": "WAIT_RECOVERY", "seconds": 5},
                 {"step": "CALL_HUMAN"}]}"""));
        chargers = new SimulatedChargers(port);
        chargers.booted(CHARGER, OcppVersion.V16).faults().faulted(1, Cure.SOFT_RESET, "GroundFailure");
        awaitJson(() -> api.get("/api/v1/playbook-runs?chargerId=" + CHARGER).json(),
                runs -> runs.get("items").size() == 1 && "RECOVERED".equals(runs.at("/items/0/state").asString()));
        created(api.post("/api/v1/tickets", """
                {"charger": "%s", "evseId": 1, "title": "Cable holder broken", "priority": "HIGH"}""".formatted(CHARGER)));

        browser = new ConsoleBrowser(port);
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
    }

    @AfterAll
    void tearDown() {
        browser.close();
        chargers.close();
    }

    @Test
    void theSiteAndTheEvseShowTheirUptimeAgainstTheTargetWithTheSelfHealingRunAndTheOpenTicket() {
        browser.open("/console/uptime");
        assertThat(browser.text(By.cssSelector("[data-test=sla-target]"))).isEqualTo("99.0 %");
        assertThat(browser.text(By.cssSelector("[data-test=network-uptime]"))).matches("\\d{1,3}\\.\\d %");

        WebElement siteRow = browser.waitFor(By.cssSelector("[data-test=site-uptime] [data-test=site-row]"));
        assertThat(siteRow.getText()).startsWith(SITE);
        assertThat(siteRow.findElement(By.cssSelector("[data-test=uptime-percent]")).getText()).matches("\\d{1,3}\\.\\d %");
        assertThat(siteRow.findElements(By.cssSelector(".bar > span"))).hasSize(1);
        WebElement evseRow = browser.waitFor(By.cssSelector("[data-test=evse-uptime] [data-test=evse-row]"));
        assertThat(evseRow.getText()).startsWith(CHARGER + " EVSE 1");
        assertThat(evseRow.findElement(By.cssSelector("[data-test=uptime-percent]")).getText()).matches("\\d{1,3}\\.\\d %");

        WebElement run = browser.waitFor(By.cssSelector("[data-test=playbook-run]"));
        assertThat(run.getText()).contains(CHARGER, "CONNECTOR_ERROR", "GroundFailure", "SOFT_RESET", "WAIT_RECOVERY",
                "RECOVERED");
        WebElement ticket = browser.waitFor(By.cssSelector("[data-test=ticket]"));
        assertThat(ticket.getText()).contains("Cable holder broken", "HIGH");
        assertThat(ticket.findElement(By.cssSelector("[data-test=ticket-charger]")).getAttribute("href"))
                .endsWith("/console/chargers/" + CHARGER);
        browser.screenshot("uptime");
    }

    @Test
    void thePeriodIsPickedAndACustomPeriodThatIsNotOneIsExplained() {
        browser.open("/console/uptime");
        new Select(browser.waitFor(By.cssSelector("[data-test=period-choice]"))).selectByValue("7d");
        browser.driver().findElement(By.cssSelector("[data-test=show-period]")).click();
        browser.waiting(java.time.Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("period=7d"));
        assertThat(new Select(browser.waitFor(By.cssSelector("[data-test=period-choice]"))).getFirstSelectedOption().getText())
                .isEqualTo("Last 7 days");
        assertThat(browser.text(By.cssSelector("[data-test=evse-row]"))).startsWith(CHARGER);

        browser.open("/console/uptime?period=custom&from=2026-11-27&to=2026-11-01");
        assertThat(browser.text(By.cssSelector("[data-test=problem]"))).contains("The period is not valid");
        assertThat(browser.text(By.xpath("//input[@name='to']/following-sibling::div[@class='field-error']")))
                .isEqualTo("is before the start");
    }
}
