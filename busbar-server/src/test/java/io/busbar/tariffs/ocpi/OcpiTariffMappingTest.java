package io.busbar.tariffs.ocpi;

import io.busbar.platform.units.Current;
import io.busbar.tariffs.IdlePolicy;
import io.busbar.tariffs.MeterSample;
import io.busbar.tariffs.MeteredTimeline;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceScheduleId;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffCalculator;
import io.busbar.tariffs.TariffElement;
import io.busbar.tariffs.TariffType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OCPI 2.2.1 Tariff JSON reads into the Busbar model and writes back unchanged. */
class OcpiTariffMappingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"complex", "step-size", "max-price", "alt-text", "all-restrictions"})
    void ocpiTariffRoundTripsThroughTheBusbarModel(String example) throws IOException {
        JsonNode original = JSON.readTree(read(example));
        OcpiTariff ocpi = JSON.treeToValue(original, OcpiTariff.class);

        Tariff tariff = OcpiTariffMapping.fromOcpi(ocpi);
        OcpiTariff written = OcpiTariffMapping.toOcpi(tariff, ocpi.countryCode(), ocpi.partyId(),
                Instant.parse(ocpi.lastUpdated()));

        assertThat(written).isEqualTo(ocpi);
        assertThat(JSON.readTree(JSON.writeValueAsString(written))).isEqualTo(original);
        assertThat(OcpiTariffMapping.lostOnExport(tariff)).isEmpty();
    }

    @Test
    void readsEveryRestrictionIntoTheModel() throws IOException {
        Tariff tariff = OcpiTariffMapping.fromOcpi(JSON.readValue(read("all-restrictions"), OcpiTariff.class));
        var restrictions = tariff.elements().getFirst().restrictions();
        assertThat(restrictions.startTime()).isEqualTo(LocalTime.of(22, 0));
        assertThat(restrictions.endTime()).isEqualTo(LocalTime.of(6, 30));
        assertThat(restrictions.minKwh()).isEqualByComparingTo("0.5");
        assertThat(restrictions.maxPower()).isEqualByComparingTo("22");
        assertThat(restrictions.minDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(restrictions.daysOfWeek()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        assertThat(tariff.elements().get(1).restrictions().reservation()).isNotNull();
        assertThat(tariff.minPrice().exclVat()).isEqualByComparingTo("0.50");
        assertThat(tariff.minPrice().inclVat()).isNull();
        assertThat(tariff.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @Test
    void aTariffReadFromOcpiPricesTheSpecsComplexExample() throws IOException {
        Tariff complex = OcpiTariffMapping.fromOcpi(JSON.readValue(read("complex"), OcpiTariff.class));
        assertThat(complex.type()).isEqualTo(TariffType.REGULAR);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = java.time.LocalDateTime.parse("2025-03-03T09:30").atZone(berlin).toInstant();
        Instant chargingEnd = start.plus(Duration.ofMinutes(147));
        MeteredTimeline session = new MeteredTimeline(List.of(
                new MeterSample(start, BigDecimal.ZERO, io.busbar.platform.units.Power.ofWatts(3680), Current.ofAmps(16),
                        io.busbar.tariffs.ChargingState.CHARGING),
                new MeterSample(chargingEnd, new BigDecimal("9016"), io.busbar.platform.units.Power.ZERO, Current.ZERO,
                        io.busbar.tariffs.ChargingState.IDLE),
                new MeterSample(chargingEnd.plus(Duration.ofMinutes(42)), new BigDecimal("9016"),
                        io.busbar.platform.units.Power.ZERO, Current.ZERO, io.busbar.tariffs.ChargingState.IDLE)));
        assertThat(TariffCalculator.calculate(complex, session, berlin).totalExclVat().toString()).isEqualTo("8.75 EUR");
    }

    @Test
    void exportNamesWhatOcpiCannotSay() {
        Tariff tariff = Tariff.of("dyn", "EUR",
                        TariffElement.of(PriceComponent.energy("0.30").following(new PriceScheduleId("epex"), false)))
                .withIdlePolicy(IdlePolicy.graceOf(Duration.ofMinutes(90)));
        OcpiTariff ocpi = OcpiTariffMapping.toOcpi(tariff, "NL", "BBR", Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(ocpi.elements().getFirst().priceComponents().getFirst().price()).isEqualByComparingTo("0.30");
        assertThat(OcpiTariffMapping.lostOnExport(tariff))
                .containsExactly("idle grace period of PT1H30M", "ENERGY price follows schedule 'epex' (sent as 0.30)");
    }

    @Test
    void malformedOcpiFieldsAreRefusedByName() {
        String badTime = """
                {"id": "x", "currency": "EUR", "last_updated": "2025-01-01T00:00:00Z",
                 "elements": [{"price_components": [{"type": "ENERGY", "price": 0.3, "step_size": 1}],
                               "restrictions": {"start_time": "24:00"}}]}""";
        assertThatThrownBy(() -> OcpiTariffMapping.fromOcpi(JSON.readValue(badTime, OcpiTariff.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start_time");
        String badType = badTime.replace("\"ENERGY\"", "\"KWH\"").replace("24:00", "23:00");
        assertThatThrownBy(() -> OcpiTariffMapping.fromOcpi(JSON.readValue(badType, OcpiTariff.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price_components.type").hasMessageContaining("KWH");
        String badCurrency = badTime.replace("EUR", "EURO").replace("24:00", "23:00");
        assertThatThrownBy(() -> OcpiTariffMapping.fromOcpi(JSON.readValue(badCurrency, OcpiTariff.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
    }

    private static String read(String example) throws IOException {
        try (InputStream in = OcpiTariffMappingTest.class.getResourceAsStream("/tariffs/ocpi/" + example + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
