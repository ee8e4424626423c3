package io.busbar.dashboard.bulk;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.ocpp.rpc.OcppVersion;
import io.busbar.simulator.chargepoint.CsmsCallHandler;
import io.busbar.simulator.chargepoint.SimulatedChargePoint;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import io.busbar.testing.SimulatedChargers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk job over three simulated chargers (OCPP 1.6 and 2.0.1, real sockets) started from the console form: one
 * charger holds its answer until the test lets it go, so the page is seen at two thirds and then, without being
 * reloaded, at 100 % with three succeeded.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkJobsBrowserTest {
    private static final Duration LIVE = Duration.ofSeconds(20);

    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    SimulatedChargers chargers;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    void fleetAndBrowser() {
        RestApi api = new RestApi(port);
        String site = api.post("/api/v1/sites", Map.of("name", "Bulk depot", "timeZone", "UTC")).get("id").asString();
        chargers = new SimulatedChargers(port);
        for (String identity : new String[]{"BULK-1", "BULK-2", "BULK-3"}) {
            api.post("/api/v1/chargers", Map.of("identity", identity, "password", SimulatedChargers.PASSWORD, "siteId", site));
        }
        chargers.booted("BULK-1", OcppVersion.V16);
        chargers.booted("BULK-2", OcppVersion.V201);
        SimulatedChargePoint slow = chargers.booted("BULK-3", OcppVersion.V16);
        CsmsCallHandler clearCache = slow.answerTo("ClearCache");
        slow.onCall("ClearCache", call -> {
            try {
                // Bounded: the test releases it; past 20 s the charger answers anyway.
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return clearCache.answer(call);
        });
        browser = new ConsoleBrowser(port);
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
    }

    @AfterAll
    void close() {
        release.countDown();
        browser.close();
        chargers.close();
    }

    @Test
    void aJobStartedFromTheFormShowsItsProgressLiveUntilEveryChargerSucceeded() {
        browser.open("/console/bulk-jobs");
        browser.driver().findElement(By.cssSelector("[data-test=new-bulk-job]")).click();

        // No charger chosen: the API's explanation is shown and the chosen command stays.
        new Select(browser.waitFor(By.cssSelector("[data-test=job-command]"))).selectByValue("ClearCache");
        setArguments("{}");
        startJob();
        assertThat(browser.text(By.cssSelector("[data-test=form-problem]"))).isNotBlank();
        assertThat(new Select(browser.driver().findElement(By.cssSelector("[data-test=job-command]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("ClearCache");

        new Select(browser.driver().findElement(By.cssSelector("[data-test=job-sites]"))).selectByVisibleText("Bulk depot");
        startJob();

        // Two chargers answer at once, the third holds: the job page shows two thirds done.
        browser.waitFor(By.cssSelector("[data-test=bulk-job]"));
        waitForProgress(66);
        assertThat(browser.text(By.cssSelector("[data-test=bulk-job] [data-test=job-succeeded]"))).isEqualTo("2");
        assertThat(browser.text(By.cssSelector("[data-test=bulk-job] [data-test=job-state]"))).isEqualTo("RUNNING");

        // On the list, the same job: the page is marked, the charger answers, the bar fills without a reload.
        browser.open("/console/bulk-jobs");
        WebElement bar = browser.waitFor(By.cssSelector("[data-test=bulk-job-row] [data-test=job-progress]"));
        assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("66");
        assertThat(bar.findElement(By.tagName("span")).getAttribute("style")).contains("width: 66%");
        ((JavascriptExecutor) browser.driver()).executeScript("window.sameDocument = true;");
        release.countDown();

        waitForProgress(100);
        WebElement row = browser.driver().findElement(By.cssSelector("[data-test=bulk-job-row]"));
        assertThat(row.findElement(By.cssSelector("[data-test=job-succeeded]")).getText()).isEqualTo("3");
        assertThat(row.findElement(By.cssSelector("[data-test=job-failed]")).getText()).isEqualTo("0");
        assertThat(row.findElement(By.cssSelector("[data-test=job-progress] span")).getAttribute("style")).contains("width: 100%");
        assertThat(row.findElement(By.cssSelector("[data-test=job-progress-label]")).getText()).isEqualTo("3 / 3 done (100 %)");
        browser.waiting(LIVE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-test=bulk-job-row] [data-test=job-state]"), "COMPLETED"));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.sameDocument === true;"))
                .as("updated in place, not by reloading").isEqualTo(true);
        browser.screenshot("bulk-jobs");

        // The job's chargers, each with the charger's answer.
        row.findElement(By.tagName("a")).click();
        browser.waitFor(By.cssSelector("[data-test=bulk-item-list]"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=bulk-item-row]"))).extracting(WebElement::getText)
                .hasSize(3).allSatisfy(text -> assertThat(text).contains("SUCCEEDED", "Accepted"))
                .anySatisfy(text -> assertThat(text).startsWith("BULK-3"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=cancel-job]"))).isEmpty();
    }

    private void waitForProgress(int percent) {
        browser.waiting(LIVE).until(ExpectedConditions.attributeToBe(
                By.cssSelector("[data-test=job-progress]"), "aria-valuenow", String.valueOf(percent)));
    }

    private void setArguments(String json) {
        WebElement arguments = browser.driver().findElement(By.name("arguments"));
        arguments.clear();
        arguments.sendKeys(json);
    }

    private void startJob() {
        browser.driver().findElement(By.cssSelector("[data-test=start-bulk-job]")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
    }
}
