package io.busbar.dashboard;

import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's tour: the demo fleet (as {@code bin/busbar --demo} starts it, sped up) charges on two sites, and an
 * operator opens every main view of the console in headless Chromium at 1440×900. Each view must show its data with
 * no problem message. With {@code -Dbusbar.screenshots=true} this test writes the README's screenshots.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"busbar.demo.enabled=true", "busbar.demo.chargers=4", "busbar.demo.speed=600",
        "busbar.demo.session-minutes=60"})
class ConsoleTourBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    RestApi api;

    @BeforeAll
    void start() {
        api = new RestApi(port);
        browser = new ConsoleBrowser(port);
        browser.signIn(ConsoleBrowser.createUser(port, "ADMIN"));
    }

    @AfterAll
    void close() {
        browser.close();
    }

    @Test
    void everyMainViewShowsTheRunningDemoFleet() {
        // The fleet has charged: a session ended with its CDR, and another is charging now.
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/cdrs").get("items").size() > 0
                && hasActiveSession());
        JsonNode site = api.get("/api/v1/sites").get("items").get(0);
        String endedSession = api.get("/api/v1/sessions?state=ENDED").get("items").get(0).get("id").asString();

        Map<String, String> views = new LinkedHashMap<>();
        views.put("overview", "/console");
        views.put("site", "/console/sites/" + site.get("id").asString());
        views.put("chargers", "/console/chargers");
        views.put("charger", "/console/chargers/DEMO-16-01");
        views.put("sessions", "/console/sessions");
        views.put("session", "/console/sessions/" + endedSession);
        views.put("billing", "/console/billing");
        views.put("uptime", "/console/uptime");
        views.put("bulk-jobs", "/console/bulk-jobs");
        views.put("admin", "/console/admin");

        List<String> failures = new ArrayList<>();
        views.forEach((name, path) -> {
            browser.open(path);
            try {
                browser.waitFor(By.cssSelector("[data-test=signed-in-as]"));
                browser.waitFor(By.tagName("h1"));
            } catch (org.openqa.selenium.TimeoutException e) {
                failures.add(name + " (" + browser.driver().getCurrentUrl() + ") did not render: "
                        + browser.driver().findElement(By.tagName("body")).getText());
                return;
            }
            if (!browser.driver().findElements(By.cssSelector("[data-test=problem]")).isEmpty()) {
                failures.add(name + " shows a problem: " + browser.text(By.cssSelector("[data-test=problem]")));
            }
            // Let charts and the map draw before the picture is taken.
            browser.waiting(Duration.ofSeconds(5)).until(driver -> driver.findElements(By.cssSelector("[data-chart]"))
                    .stream().allMatch(chart -> chart.getAttribute("data-drawn") != null));
            browser.screenshot(name);
        });
        assertThat(failures).isEmpty();

        // A tablet in portrait (iPad Air, 820×1180 CSS px): navigation on top, wide tables scroll inside their
        // frame, the page itself never scrolls sideways.
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 1180));
        try {
            views.forEach((name, path) -> {
                browser.open(path);
                browser.waitFor(By.tagName("h1"));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                if (((Number) overflow).intValue() > 1) {
                    failures.add(name + " scrolls sideways on a tablet by " + overflow + " px");
                }
            });
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        }
        assertThat(failures).isEmpty();
    }

    private boolean hasActiveSession() {
        return api.get("/api/v1/sessions?state=ACTIVE").get("items").size() > 0;
    }
}
