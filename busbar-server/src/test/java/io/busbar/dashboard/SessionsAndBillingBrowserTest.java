package io.busbar.dashboard;

import io.busbar.testing.BusbarTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and money as the operator sees them in a real browser, over data made by real simulated chargers: the
 * session list (filters, live rows), a priced session (energy, total, breakdown, timeline, chart, remote stop), and
 * billing (the CDR, the invoice, a wallet topped up through the console's form, and bad top-ups explained).
 */
@BusbarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the live session is stopped last
class SessionsAndBillingBrowserTest {
    @Value("${local.server.port}")
    int port;
    ConsoleBrowser browser;
    ChargedNetwork network;

    @BeforeAll
    void setUp() {
        network = new ChargedNetwork(port).site().sessions();
        browser = new ConsoleBrowser(port);
        browser.signIn(ConsoleBrowser.createUser(port, "OPERATOR"));
    }

    @AfterAll
    void tearDown() {
        browser.close();
        network.close();
    }

    @Test
    @Order(1)
    void theListShowsBothSessionsFiltersByStateAndActiveRowsRefreshThemselves() {
        browser.open("/console/sessions");
        WebElement ended = row(network.endedSession);
        JsonNode endedAnswer = network.session(network.endedSession);
        assertThat(ended.findElement(By.cssSelector("[data-test=session-energy]")).getText())
                .isEqualTo(kwh(endedAnswer.get("energyWh").asLong()));
        assertThat(ended.findElement(By.cssSelector("[data-test=session-state]")).getText()).isEqualTo("ENDED");
        assertThat(ended.findElement(By.linkText(ChargedNetwork.PRICED)).getAttribute("href"))
                .endsWith("/console/chargers/" + ChargedNetwork.PRICED);
        live().until(d -> cost(network.endedSession).contains("EUR"));
        assertThat(cost(network.endedSession)).isEqualTo(money(network.cdr.get("totalInclVat")));

        // the charger reports more energy: the active row shows it without a reload
        network.liveSession.advance(Duration.ofMinutes(5));
        long energyNow = ChargedNetwork.awaitJson(() -> network.session(network.liveSessionId),
                s -> s.get("energyWh").asLong() > 0 && s.get("energyWh").asLong() == network.liveSession.energyWh())
                .get("energyWh").asLong();
        live().until(d -> row(network.liveSessionId)
                .findElement(By.cssSelector("[data-test=session-energy]")).getText().equals(kwh(energyNow)));
        browser.screenshot("sessions");

        browser.driver().findElement(By.cssSelector("select[name=state] option[value=ACTIVE]")).click();
        browser.driver().findElement(By.cssSelector("[data-test=apply-filters]")).click();
        browser.waiting(Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("state=ACTIVE"));
        live().until(d -> rows().stream().map(r -> r.getAttribute("data-session")).toList()
                .equals(List.of(network.liveSessionId)));

        browser.open("/console/sessions?token=NO-SUCH-CARD");
        assertThat(browser.text(By.cssSelector("[data-test=no-sessions]"))).contains("No sessions match");
    }

    @Test
    @Order(2)
    void aPricedSessionShowsItsEnergyTotalBreakdownTimelineAndChart() {
        JsonNode session = network.session(network.endedSession);
        browser.open("/console/sessions/" + network.endedSession);

        assertThat(browser.text(By.cssSelector("[data-test=session-energy]"))).isEqualTo(kwh(session.get("energyWh").asLong()));
        assertThat(browser.text(By.cssSelector("[data-test=session-total]")))
                .startsWith(money(network.cdr.get("totalInclVat")))
                .contains(network.cdr.get("number").asString());
        assertThat(browser.text(By.cssSelector("[data-test=price-total]"))).isEqualTo(money(network.cdr.get("totalInclVat")));
        assertThat(browser.text(By.cssSelector("[data-test=price-vat]"))).isEqualTo(money(network.cdr.get("totalVat")));
        List<WebElement> lines = browser.driver().findElements(By.cssSelector("[data-test=price-line]"));
        assertThat(lines).extracting(line -> line.getAttribute("data-dimension")).containsExactlyInAnyOrder("FLAT", "ENERGY");
        assertThat(lines).extracting(WebElement::getText).anyMatch(text -> text.startsWith("Session fee"))
                .anyMatch(text -> text.startsWith("Energy") && text.contains("0.39 EUR /kWh"));

        String timeline = browser.text(By.cssSelector("[data-test=session-timeline]"));
        assertThat(timeline).contains("Started", "Authorization ACCEPTED", "Charging", "Stopped",
                "CDR " + network.cdr.get("number").asString() + " issued", "Wallet debited");
        assertThat(timeline).contains("-" + money(network.cdr.get("totalInclVat")));
        browser.waitFor(By.cssSelector("[data-test=session-chart] canvas"));
        // The same charts as the charger page (one builder): energy counted from the session's meter start.
        assertThat(browser.text(By.cssSelector("[data-test=session-charts]"))).contains("Power", "Energy (kWh)");
        browser.screenshot("session");
    }

    @Test
    @Order(5)
    void anActiveSessionIsStoppedFromItsPage() {
        browser.open("/console/sessions/" + network.liveSessionId);
        assertThat(browser.text(By.cssSelector("[data-test=session-state]"))).isEqualTo("ACTIVE");
        assertThat(browser.text(By.cssSelector("[data-test=session-total]"))).contains("so far");

        browser.driver().findElement(By.cssSelector("[data-test=stop-session]")).click();
        var confirm = browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isEqualTo("Stop the session at " + ChargedNetwork.LIVE + " EVSE 1 now?");
        confirm.accept();

        browser.waitForText(By.cssSelector("[data-test=session-state]"), "ENDED");
        assertThat(network.session(network.liveSessionId).get("stopReason").asString()).isEqualTo("Remote");
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=stop-session]"))).isEmpty();
    }

    @Test
    @Order(3)
    void billingListsTheCdrAndTheInvoice() {
        browser.open("/console/billing");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/console/billing/cdrs");
        WebElement cdrRow = browser.waitFor(By.cssSelector("[data-test=cdr-row][data-cdr='" + network.cdr.get("id").asString() + "']"));
        assertThat(cdrRow.getText()).contains(network.cdr.get("number").asString(), ChargedNetwork.PRICED, "Console Driver");
        assertThat(cdrRow.findElement(By.cssSelector("[data-test=cdr-total]")).getText())
                .isEqualTo(money(network.cdr.get("totalInclVat")));
        browser.screenshot("billing");

        cdrRow.findElement(By.cssSelector("[data-test=cdr-link]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=cdr-number]"))).isEqualTo(network.cdr.get("number").asString());
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=price-line]"))).hasSize(2);

        browser.driver().findElement(By.linkText("← CDRs")).click();
        browser.driver().findElement(By.cssSelector("[data-test=tab-invoices]")).click();
        WebElement invoiceRow = browser.waitFor(By.cssSelector("[data-test=invoice-row]"));
        assertThat(invoiceRow.getText()).contains(network.invoice.get("number").asString(), "Console Driver");
        assertThat(invoiceRow.findElement(By.cssSelector("[data-test=invoice-total]")).getText())
                .isEqualTo(money(network.invoice.get("totalInclVat")));
        invoiceRow.findElement(By.cssSelector("[data-test=invoice-link]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=invoice-lines]"))).contains(network.cdr.get("number").asString());
    }

    @Test
    @Order(4)
    void aTopUpThroughTheFormRaisesTheBalanceAndBadAmountsAreExplained() {
        browser.open("/console/billing/wallets");
        WebElement walletRow = browser.waitFor(By.cssSelector("[data-test=wallet-row][data-account='" + network.account + "']"));
        JsonNode before = network.wallet();
        assertThat(walletRow.findElement(By.cssSelector("[data-test=wallet-available]")).getText())
                .isEqualTo(money(before.get("available"), "EUR"));
        walletRow.findElement(By.cssSelector("[data-test=wallet-link]")).click();
        assertThat(browser.text(By.cssSelector("[data-test=balance-available]"))).isEqualTo(money(before.get("available"), "EUR"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-test=ledger-entry][data-kind=SESSION_CHARGE]"))).isNotEmpty();

        topUp("-5", ChargedNetwork.PAYMENT_CARD);
        String apiSays = network.api.post("/api/v1/accounts/" + network.account + "/wallet/top-ups", """
                {"amount": -5, "paymentMethod": "%s"}""".formatted(ChargedNetwork.PAYMENT_CARD)).json()
                .get("errors").get(0).get("message").asString();
        assertThat(fieldError("amount")).isEqualTo(apiSays);
        assertThat(browser.driver().findElement(By.cssSelector("[data-test=top-up-amount]")).getAttribute("value")).isEqualTo("-5");

        topUp("", ChargedNetwork.PAYMENT_CARD);
        assertThat(fieldError("amount")).isNotBlank();
        topUp("ten euros", "");
        assertThat(fieldError("amount")).isNotBlank();
        assertThat(network.wallet().get("available").decimalValue()).isEqualByComparingTo(before.get("available").decimalValue());

        topUp("20.00", ChargedNetwork.PAYMENT_CARD);
        assertThat(browser.text(By.cssSelector("[data-test=notice]"))).contains("Wallet topped up by 20.00 EUR");
        BigDecimal expected = before.get("available").decimalValue().add(new BigDecimal("20.00"));
        assertThat(network.wallet().get("available").decimalValue()).isEqualByComparingTo(expected);
        assertThat(browser.text(By.cssSelector("[data-test=balance-available]"))).isEqualTo(money(network.wallet().get("available"), "EUR"));
    }

    private void topUp(String amount, String card) {
        WebElement amountField = browser.waitFor(By.cssSelector("[data-test=top-up-amount]"));
        amountField.clear();
        amountField.sendKeys(amount);
        WebElement method = browser.driver().findElement(By.cssSelector("[data-test=top-up-method]"));
        method.clear();
        method.sendKeys(card);
        WebElement form = browser.driver().findElement(By.cssSelector("[data-test=top-up-form]"));
        browser.driver().findElement(By.cssSelector("[data-test=top-up]")).click();
        browser.waiting(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(form));
    }

    private String fieldError(String field) {
        return browser.text(By.xpath("//input[@name='" + field + "']/following-sibling::div[@class='field-error']"));
    }

    /** Waiting on rows that replace themselves every refresh. */
    private WebDriverWait live() {
        WebDriverWait wait = browser.waiting(Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[data-test=session-row]"));
    }

    private WebElement row(String session) {
        return browser.waitFor(By.cssSelector("[data-test=session-row][data-session='" + session + "']"));
    }

    private String cost(String session) {
        return row(session).findElement(By.cssSelector("td:last-child")).getText();
    }

    private static String kwh(long wattHours) {
        return BigDecimal.valueOf(wattHours).movePointLeft(3).setScale(2, RoundingMode.HALF_UP).toPlainString() + " kWh";
    }

    /** A money object of the API ({@code {"amount", "currency"}}) as the console prints it. */
    private static String money(JsonNode money) {
        return money(money.get("amount"), money.get("currency").asString());
    }

    private static String money(JsonNode amount, String currency) {
        BigDecimal value = amount.decimalValue();
        return value.setScale(Math.max(2, value.scale()), RoundingMode.UNNECESSARY).toPlainString() + " " + currency;
    }
}
