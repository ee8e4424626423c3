package io.busbar.dashboard;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out of the console in a real browser, and what a visitor without a session gets. */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSignInBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new ConsoleBrowser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aVisitorIsSentToSignInAndComesBackToThePageAskedFor() {
        String email = ConsoleBrowser.createUser(port, "OPERATOR");
        browser.driver().manage().deleteAllCookies();
        browser.open("/console/sites");
        assertThat(browser.driver().getCurrentUrl()).contains("/console/login").contains("next=");

        browser.driver().findElement(By.name("email")).sendKeys(email);
        browser.driver().findElement(By.name("password")).sendKeys(ConsoleBrowser.PASSWORD);
        browser.driver().findElement(By.cssSelector("[data-test=sign-in]")).click();

        assertThat(browser.text(By.cssSelector("[data-test=signed-in-as]"))).contains("OPERATOR");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/sites");
    }

    @Test
    void aWrongPasswordIsRefusedWithOneMessageAndSignOutEndsTheSession() {
        String email = ConsoleBrowser.createUser(port, "READ_ONLY");
        browser.driver().manage().deleteAllCookies();
        browser.open("/console/login");
        browser.driver().findElement(By.name("email")).sendKeys(email);
        browser.driver().findElement(By.name("password")).sendKeys("not-the-password-at-all");
        browser.driver().findElement(By.cssSelector("[data-test=sign-in]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=login-error]"))).isEqualTo("Tenant, e-mail or password is not right.");

        browser.signIn(email);
        browser.driver().findElement(By.cssSelector("[data-test=sign-out]")).click();
        browser.waitFor(By.cssSelector("[data-test=login-form]"));
        browser.open("/console");
        assertThat(browser.driver().getCurrentUrl()).contains("/console/login");
    }
}
