package io.busbar.dashboard.admin;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

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
        browser.screenshot("admin");

        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("[data-test=api-key-row][data-key='fleet dashboard']"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=secret-once]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(key);

        assertThat(call("GET", "/api/v1/chargers", key, null)).isEqualTo(200);
        assertThat(call("POST", "/api/v1/sites", key, "{\"name\": \"Not allowed\"}")).isEqualTo(403);
    }

    @Test
    void anOperatorUserCreatedHereCanSignIn() {
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

        browser.driver().manage().deleteAllCookies();
        browser.signIn("default", email, "a-good-long-password");
        assertThat(browser.text(By.cssSelector("[data-test=signed-in-as]"))).contains("Nina Operator", "OPERATOR");
    }

    @Test
    void aReadOnlyUserSeesNoCreateButtonsAndAnOperatorNoAccessSections() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(ConsoleBrowser.createUser(port, "READ_ONLY"));
        browser.open("/console/admin");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/admin/sites");
        assertThat(tabs()).contains("Sites", "Tariffs", "Tokens", "Webhooks").doesNotContain("API keys", "Users");
        for (String section : List.of("sites", "tariffs", "tokens", "webhooks")) {
            browser.open("/console/admin/" + section);
            browser.waitFor(By.cssSelector("[data-test=admin-tabs]"));
            assertThat(browser.driver().findElements(By.cssSelector("form.form"))).as(section).isEmpty();
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
