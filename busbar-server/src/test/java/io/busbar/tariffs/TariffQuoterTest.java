package io.busbar.tariffs;

import io.busbar.platform.units.Current;
import io.busbar.platform.units.Energy;
import io.busbar.platform.units.Power;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A quote is the calculator over an assumed session, worded line by line. */
class TariffQuoterTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant TUESDAY_10H = Instant.parse("2025-03-04T09:00:00Z");

    private static final Tariff RETAIL = Tariff.of("retail", "EUR",
                    TariffElement.of(PriceComponent.energy("0.35"), PriceComponent.parking("6.00").withStep(60)),
                    TariffElement.of(PriceComponent.flat("1.00").withVat("21")))
            .withIdlePolicy(IdlePolicy.graceOf(Duration.ofMinutes(90)));

    @Test
    void quotesAnAmountOfEnergyWithASentencePerLine() {
        PriceQuote quote = TariffQuoter.quote(RETAIL, AMSTERDAM, PriceSchedules.NONE,
                QuoteRequest.forEnergy(TUESDAY_10H, Energy.ofWattHours(22_000), Power.ofKilowatts(11), Current.ofAmps(16))
                        .thenIdleFor(Duration.ofMinutes(120)));

        assertThat(quote.sentences()).containsExactly(
                "session fee 1.00 EUR = 1.00 EUR + 21% VAT 0.21 EUR = 1.21 EUR",
                "0.35 EUR per kWh × 22.0 kWh = 7.70 EUR",
                "idle fee 0.10 EUR/min × 30 min after 90 min grace = 3.00 EUR");
        assertThat(quote.totalSentence()).isEqualTo("total 11.91 EUR incl. VAT (11.70 EUR excl. VAT + 0.21 EUR VAT)");
        assertThat(quote.breakdown().sessionEnd()).isEqualTo(TUESDAY_10H.plus(Duration.ofMinutes(240)));
    }

    @Test
    void quotesAChargingTimeAcrossATimeOfUseBoundary() {
        Tariff tou = Tariff.of("tou", "EUR",
                TariffElement.of(PriceComponent.energy("0.40")).when(TariffRestrictions.NONE.between(LocalTime.of(17, 0), LocalTime.of(22, 0))),
                TariffElement.of(PriceComponent.energy("0.25")));
        Instant quarterTo5 = Instant.parse("2025-03-04T15:45:00Z"); // 16:45 in Amsterdam
        PriceQuote quote = TariffQuoter.quote(tou, AMSTERDAM, PriceSchedules.NONE,
                QuoteRequest.forChargingTime(quarterTo5, Duration.ofMinutes(60), Power.ofKilowatts(11), Current.ofAmps(16)));
        assertThat(quote.sentences()).containsExactly(
                "0.25 EUR per kWh × 2.75 kWh = 0.69 EUR",
                "0.40 EUR per kWh × 8.25 kWh = 3.30 EUR");
        assertThat(quote.totalSentence()).isEqualTo("total 3.99 EUR");
    }

    @Test
    void wordsAMinimumPriceAndATimeLine() {
        Tariff tariff = Tariff.of("time", "EUR", TariffElement.of(PriceComponent.time("2.00").withStep(900)))
                .withMinPrice(PriceLimit.exclVat("1.00"));
        PriceQuote quote = TariffQuoter.quote(tariff, AMSTERDAM, PriceSchedules.NONE,
                QuoteRequest.forChargingTime(TUESDAY_10H, Duration.ofMinutes(10), Power.ofKilowatts(7), Current.ofAmps(32)));
        assertThat(quote.sentences()).containsExactly(
                "charging time 2.00 EUR per hour × 15 min = 0.50 EUR",
                "minimum price applies: +0.50 EUR incl. VAT (+0.50 EUR excl. VAT)");
    }

    @Test
    void refusesAQuoteWithoutPowerOrAmount() {
        assertThatThrownBy(() -> QuoteRequest.forEnergy(TUESDAY_10H, Energy.ofWattHours(1000), Power.ZERO, Current.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive charging power");
        assertThatThrownBy(() -> QuoteRequest.forChargingTime(TUESDAY_10H, Duration.ZERO, Power.ofKilowatts(7), Current.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive amount");
    }

    @Test
    void tariffAndBreakdownRoundTripAsJson() {
        JsonMapper json = JsonMapper.builder().build();
        Tariff tariff = RETAIL.withMaxPrice(PriceLimit.of("50.00", "60.50"));
        assertThat(json.readValue(json.writeValueAsString(tariff), Tariff.class)).isEqualTo(tariff);

        PriceBreakdown breakdown = TariffQuoter.quote(tariff, AMSTERDAM, PriceSchedules.NONE,
                QuoteRequest.forEnergy(TUESDAY_10H, Energy.ofWattHours(5_000), Power.ofKilowatts(11), Current.ofAmps(16))).breakdown();
        assertThat(json.readValue(json.writeValueAsString(breakdown), PriceBreakdown.class)).isEqualTo(breakdown);
    }

    @Test
    void moneyKeepsTheCurrencysMinorUnits() {
        assertThat(Money.rounded(new BigDecimal("1.005"), java.util.Currency.getInstance("EUR")).toString()).isEqualTo("1.01 EUR");
        assertThat(Money.rounded(new BigDecimal("1.5"), java.util.Currency.getInstance("JPY")).toString()).isEqualTo("2 JPY");
        assertThat(Money.rounded(new BigDecimal("1.0005"), java.util.Currency.getInstance("BHD")).toString()).isEqualTo("1.001 BHD");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), java.util.Currency.getInstance("EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
