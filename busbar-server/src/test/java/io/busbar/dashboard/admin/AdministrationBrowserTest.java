package io.busbar.dashboard.admin;

import io.busbar.dashboard.ConsoleBrowser;
import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator runs the tenant from the console: sites, API keys, operator users. */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;

    @BeforeAll
    void signIn() {
        browser = new ConsoleBrowser(port);
        browser.signIn(ConsoleBrowser.createUser(port, "ADMIN"));
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
        browser.driver().findElement(By.cssSelector("[data-test=create-site]")).click();

        assertThat(browser.text(By.cssSelector("[data-test=site-form] .field-error"))).isEqualTo("must not be blank");
        assertThat(browser.text(By.cssSelector("[data-test=form-problem]"))).isNotBlank();
        assertThat(browser.driver().findElement(By.name("timeZone")).getAttribute("value")).isEqualTo("Europe/Amsterdam");
        assertThat(browser.driver().findElement(By.name("address")).getAttribute("value")).isEqualTo("Kade 12, Amsterdam");

        type(By.name("name"), "Harbour car park");
        type(By.name("latitude"), "52.3792");
        type(By.name("longitude"), "4.8994");
        browser.driver().findElement(By.cssSelector("[data-test=create-site]")).click();

        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains("Harbour car park");
        assertThat(browser.text(By.cssSelector("[data-test=site-list]")))
                .contains("Harbour car park", "Europe/Amsterdam", "Kade 12, Amsterdam", "52.3792, 4.8994");
    }

    private void type(By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.clear();
        input.sendKeys(text);
    }
}
