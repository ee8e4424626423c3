package io.busbar.dashboard.admin;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.testing.BusbarTest;
import io.busbar.testing.RestApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration in a real browser: an ADMIN creates a site (a blank name is explained, what was typed stays), an
 * API key with two scopes (its value shown once; the API honours exactly those scopes) and an operator user who
 * can then sign in; lesser roles see only what they may use.
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    String admin;

    @BeforeAll
    void startBrowser() {
        browser = new ConsoleBrowser(port);
        admin = ConsoleBrowser.createUser(port, "ADMIN");
    }

    @BeforeEach
    void signInAsAdmin() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(admin);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSiteWithoutANameIsExplainedAndTheTypedValuesAreKept() {
        browser.open("/console/admin");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/admin/sites");

        type(By.name("timeZone"), "Europe/Amsterdam");
        type(By.name("address"), "Kade 12, Amsterdam");
        click("create-site");

        assertThat(browser.text(By.cssSelector("[data-test=site-form] .field-error"))).isEqualTo("must not be blank");
        assertThat(browser.text(By.cssSelector("[data-test=form-problem]"))).isNotBlank();
        assertThat(value(By.name("timeZone"))).isEqualTo("Europe/Amsterdam");
        assertThat(value(By.name("address"))).isEqualTo("Kade 12, Amsterdam");

        type(By.name("name"), "Harbour car park");
        type(By.name("latitude"), "52.3792");
        type(By.name("longitude"), "4.8994");
        click("create-site");

        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains("Harbour car park");
        assertThat(browser.text(By.cssSelector("[data-test=site-list]")))
                .contains("Harbour car park", "Europe/Amsterdam", "Kade 12, Amsterdam", "52.3792, 4.8994");
    }

    @Test
    void anApiKeyIsShownOnceAndTheApiHonoursExactlyItsScopes() throws Exception {
        browser.open("/console/admin/api-keys");
        type(By.name("name"), "fleet dashboard");
        click("create-api-key");
        assertThat(browser.text(By.cssSelector("[data-test=api-key-form] .field-error"))).isEqualTo("choose at least one");
        assertThat(value(By.name("name"))).isEqualTo("fleet dashboard");

        browser.driver().findElement(By.cssSelector("[data-scope='chargers:read']")).click();
        browser.driver().findElement(By.cssSelector("[data-scope='sessions:read']")).click();
        click("create-api-key");

        String key = browser.waitFor(By.cssSelector("[data-test=secret-value]")).getAttribute("value");
        assertThat(key).startsWith("bb_").hasSizeGreaterThan(20);
        assertThat(browser.text(By.cssSelector("[data-test=secret-once]"))).contains("never show it again");
        WebElement row = browser.waitFor(By.cssSelector("[data-test=api-key-row][data-key='fleet dashboard']"));
        assertThat(row.getText()).contains("chargers:read", "sessions:read").doesNotContain(key);

        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("[data-test=api-key-row][data-key='fleet dashboard']"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=secret-once]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
        browser.screenshot("admin");

        assertThat(call("GET", "/api/v1/chargers", key, null)).isEqualTo(200);
        assertThat(call("POST", "/api/v1/sites", key, "{\"name\": \"Not allowed\"}")).isEqualTo(403);

        By keyRow = By.cssSelector("[data-test=api-key-row][data-key='fleet dashboard']");
        browser.driver().findElement(By.cssSelector("[data-test=api-key-row][data-key='fleet dashboard'] [data-test=revoke-key]")).click();
        browser.driver().switchTo().alert().accept();
        assertThat(browser.waitForText(keyRow, "revoked").getText()).contains("revoked");
        assertThat(call("GET", "/api/v1/chargers", key, null)).isEqualTo(401);
    }

    @Test
    void anOperatorUserCreatedHereSignsInWithTheRoleGivenAndNotOnceDisabled() {
        String email = "new.operator." + System.nanoTime() + "@console.test";
        browser.open("/console/admin/users");
        type(By.name("email"), email);
        type(By.name("name"), "Nina Operator");
        type(By.name("password"), "short");
        click("create-user");

        assertThat(browser.text(By.cssSelector("[data-test=user-form] .field-error"))).containsIgnoringCase("8");
        assertThat(value(By.name("email"))).isEqualTo(email);
        assertThat(value(By.name("password"))).as("a password is never echoed").isEmpty();

        type(By.name("password"), "a-good-long-password");
        click("create-user");
        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains(email);
        assertThat(browser.text(By.cssSelector("[data-test=user-row][data-email='" + email + "']")))
                .contains("Nina Operator", "OPERATOR", "active");

        By userRow = By.cssSelector("[data-test=user-row][data-email='" + email + "']");
        new Select(browser.driver().findElement(By.cssSelector("[data-test=user-row][data-email='" + email + "'] [data-test=user-role]")))
                .selectByValue("SUPPORT");
        // The row is swapped in with the API's answer; the API holds the new role.
        browser.waiting(Duration.ofSeconds(10)).until(driver -> "SUPPORT".equals(roleOf(email)));

        browser.driver().manage().deleteAllCookies();
        browser.signIn("default", email, "a-good-long-password");
        assertThat(browser.text(By.cssSelector("[data-test=signed-in-as]"))).contains("Nina Operator", "SUPPORT");

        // Disabled by the admin, the user cannot sign in any more.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(admin);
        browser.open("/console/admin/users");
        browser.driver().findElement(By.cssSelector("[data-test=user-row][data-email='" + email + "'] [data-test=disable-user]")).click();
        browser.driver().switchTo().alert().accept();
        assertThat(browser.waitForText(userRow, "disabled").getText()).contains("disabled");
        browser.driver().manage().deleteAllCookies();
        browser.open("/console/login");
        browser.driver().findElement(By.name("email")).sendKeys(email);
        browser.driver().findElement(By.name("password")).sendKeys("a-good-long-password");
        browser.driver().findElement(By.cssSelector("[data-test=sign-in]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=login-error]"))).isEqualTo("Tenant, e-mail or password is not right.");
    }

    @Test
    void aReadOnlyUserSeesNoCreateButtonsAndAnOperatorNoAccessSections() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
        browser.open("/console/admin");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/admin/sites");
        assertThat(tabs()).contains("Sites", "Tariffs", "Tokens", "Webhooks").doesNotContain("API keys", "Users");
        for (String section : List.of("sites", "topology", "tariffs", "tokens", "drivers", "webhooks")) {
            browser.open("/console/admin/" + section);
            browser.waitFor(By.cssSelector("[data-test=admin-tabs]"));
            assertThat(browser.driver().findElements(By.cssSelector("form.form button[type=submit]"))).as(section).isEmpty();
        }
        browser.open("/console/bulk-jobs");
        browser.waitFor(By.cssSelector("[data-test=bulk-job-list]"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=new-bulk-job]"))).isEmpty();
        browser.open("/console/admin/users");
        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("Not allowed");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
        browser.open("/console/admin/sites");
        assertThat(tabs()).contains("Sites", "Topology", "Tariffs", "Tokens", "Drivers", "Webhooks")
                .doesNotContain("API keys", "Users");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=site-form]"))).hasSize(1);
        browser.open("/console/admin/webhooks");
        browser.waitFor(By.cssSelector("[data-test=webhook-list], #webhook-list"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=webhook-form]")))
                .as("webhooks are the admin's: an operator only reads them").isEmpty();
    }

    @Test
    void aSimpleTariffIsCreatedAndAssignedAndATokenIsAddedAndBlocked() {
        String site = new RestApi(port).post("/api/v1/sites", Map.of("name", "Tariff depot")).get("id").asString();
        browser.open("/console/admin/tariffs");
        type(By.name("id"), "retail-" + System.nanoTime() % 100000);
        type(By.name("energyPrice"), "abc");
        type(By.name("minutePrice"), "0.02");
        click("create-tariff");
        assertThat(browser.text(By.cssSelector("[data-test=tariff-form] .field-error"))).contains("must be a number");
        assertThat(value(By.name("minutePrice"))).isEqualTo("0.02");

        String tariff = value(By.name("id"));
        type(By.name("energyPrice"), "0.39");
        type(By.name("idlePrice"), "0.10");
        type(By.name("idleGraceMinutes"), "30");
        click("create-tariff");
        assertThat(browser.text(By.cssSelector("[data-test=tariff-list]")))
                .contains(tariff, "0.39 EUR/kWh", "0.02 EUR/min charging", "0.1 EUR/min idle");

        new Select(browser.driver().findElement(By.name("tariffId"))).selectByValue(tariff);
        type(By.name("target"), site);
        click("assign-tariff");
        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains("assigned");
        assertThat(browser.text(By.cssSelector("[data-test=assignment-list]"))).contains(tariff, "SITE", "Tariff depot");

        browser.open("/console/admin/tokens");
        type(By.name("value"), "04AABBCCDD" + System.nanoTime() % 1000);
        String token = value(By.name("value"));
        type(By.name("label"), "Fleet car 12");
        click("create-token");
        By row = By.cssSelector("[data-test=token-row][data-token='" + token + "']");
        assertThat(browser.text(row)).contains("Fleet car 12", "valid");
        browser.driver().findElement(By.cssSelector("[data-test=token-row][data-token='" + token + "'] [data-test=block-token]")).click();
        browser.driver().switchTo().alert().accept();
        assertThat(browser.waitForText(row, "blocked").getText()).contains("blocked");
        assertThat(new RestApi(port).get("/api/v1/id-tokens/" + token).get("blocked").asBoolean()).isTrue();
    }

    @Test
    void aWebhookShowsItsSecretOnceAndPingsAndATopologyIsExplainedThenDrawn() {
        browser.open("/console/admin/webhooks");
        type(By.name("url"), "ftp://example.com/hook");
        click("create-webhook");
        assertThat(browser.text(By.cssSelector("[data-test=webhook-form] .field-error"))).isNotBlank();

        type(By.name("url"), "http://localhost:9/busbar-hook");
        browser.driver().findElement(By.cssSelector("input[name=eventTypes][value='session.ended']")).click();
        click("create-webhook");
        assertThat(browser.waitFor(By.cssSelector("[data-test=secret-value]")).getAttribute("value")).startsWith("whsec_");
        browser.waitFor(By.linkText("http://localhost:9/busbar-hook")).click();
        click("ping-webhook");
        assertThat(browser.text(By.cssSelector("[data-test=delivery-list]"))).contains("webhook.ping");

        RestApi api = new RestApi(port);
        String site = api.post("/api/v1/sites", Map.of("name", "Topology depot")).get("id").asString();
        api.post("/api/v1/chargers", Map.of("identity", "TOPO-1", "siteId", site));
        browser.open("/console/admin/topology?site=" + site);
        browser.waitFor(By.cssSelector("[data-test=no-topology]"));
        setDocument("""
                {"grid": {"id": "grid", "limits": {"l1": 63, "l2": 63, "l3": 63}},
                 "breakers": [{"id": "garage", "parent": "nowhere", "limits": {"l1": 40, "l2": 40, "l3": 40}}],
                 "evses": [{"charger": "TOPO-1", "evseId": 1, "parent": "garage", "wiring": {"type": "THREE_PHASE"},
                            "maxCurrentA": 32, "minCurrentA": 6}]}""");
        click("save-topology");
        assertThat(browser.text(By.cssSelector("[data-test=form-problem]"))).contains("not valid");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=topology-error]"))).isNotEmpty();
        assertThat(value(By.name("document"))).contains("nowhere");

        setDocument(value(By.name("document")).replace("\"nowhere\"", "\"grid\""));
        click("save-topology");
        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains("revision");
        assertThat(browser.text(By.cssSelector("[data-test=topology-tree]")))
                .contains("grid", "L1 63 A", "garage", "L1 40 A", "TOPO-1 #1", "3-phase", "6–32 A per phase");
    }

    private void setDocument(String json) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.name("document")), json);
    }

    private String roleOf(String email) {
        for (var user : new RestApi(port).get("/api/v1/users").get("items")) {
            if (user.get("email").asString().equals(email)) {
                return user.get("role").asString();
            }
        }
        return null;
    }

    private List<String> tabs() {
        return browser.waitFor(By.cssSelector("[data-test=admin-tabs]")).findElements(By.tagName("a")).stream()
                .map(WebElement::getText).toList();
    }

    private int call(String method, String path, String key, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private void click(String dataTest) {
        browser.driver().findElement(By.cssSelector("[data-test=" + dataTest + "]")).click();
    }

    private String value(By field) {
        return browser.driver().findElement(field).getAttribute("value");
    }

    private void type(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }
}
