package io.busbar.dashboard.meters;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChartsTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    private static MeterReading reading(int minute, String measurand, String phase, String location, String unit,
                                        String value) {
        return new MeterReading(T0.plusSeconds(60L * minute), measurand, phase, location, unit, new BigDecimal(value));
    }

    @Test
    void powerIsShownInKilowattsWithSocOnTheSameInstants() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(1, "Power.Active.Import", null, "Outlet", "W", "11000"),
                reading(1, "SoC", null, "EV", "Percent", "40"),
                reading(0, "Power.Active.Import", null, "Outlet", "W", "7400"),
                reading(0, "SoC", null, "EV", "Percent", "39")));

        MeterChart chart = charts.powerAndSoc();
        assertThat(chart.x()).containsExactly(T0.getEpochSecond() * 1.0, T0.getEpochSecond() + 60.0);
        assertThat(chart.labels()).containsExactly("Power", "SoC");
        assertThat(chart.series().get(0).unit()).isEqualTo("kW");
        assertThat(chart.series().get(0).values()).containsExactly(7.4, 11.0);
        assertThat(chart.series().get(1).unit()).isEqualTo("%");
        assertThat(chart.series().get(1).values()).containsExactly(39.0, 40.0);
    }

    @Test
    void energyIsWhatWasChargedSinceTheFirstRegisterReadingInKilowattHours() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(0, "Energy.Active.Import.Register", null, "Outlet", "Wh", "1203100"),
                reading(5, "Energy.Active.Import.Register", null, "Outlet", "Wh", "1204350"),
                reading(10, "Energy.Active.Import.Register", null, "Outlet", "kWh", "1205.6")));

        assertThat(charts.energy().series()).singleElement().satisfies(series -> {
            assertThat(series.unit()).isEqualTo("kWh");
            assertThat(series.values()).containsExactly(0.0, 1.25, 2.5);
        });
    }

    @Test
    void energyCountsFromTheSessionsMeterStartWhenItIsKnown() {
        List<MeterReading> readings = List.of(
                reading(5, "Energy.Active.Import.Register", null, "Outlet", "Wh", "1200900"),
                reading(10, "Energy.Active.Import.Register", null, "Outlet", "Wh", "1201800"));

        assertThat(SessionCharts.of(readings, 1_200_000L).energy().series().getFirst().values()).containsExactly(0.9, 1.8);
        // A meter start above the readings belongs to another meter: the first reading is the baseline then.
        assertThat(SessionCharts.of(readings, 5_000_000L).energy().series().getFirst().values()).containsExactly(0.0, 0.9);
    }

    @Test
    void voltagePerPhaseAndTemperatureShareAChartWithGapsWhereAReadingIsMissing() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(0, "Voltage", "L1-N", "Outlet", "V", "230"),
                reading(0, "Voltage", "L2-N", "Outlet", "V", "231"),
                reading(1, "Voltage", "L1-N", "Outlet", "V", "229"),
                reading(1, "Temperature", null, "Body", "Celsius", "31.5"),
                reading(2, "Temperature", null, "Body", "Fahrenheit", "95")));

        MeterChart chart = charts.voltageAndTemperature();
        assertThat(chart.labels()).containsExactly("Voltage L1-N", "Voltage L2-N", "Temperature");
        assertThat(chart.x()).hasSize(3);
        assertThat(chart.series().get(1).values()).containsExactly(231.0, null, null);
        assertThat(chart.series().get(2).values()).containsExactly(null, 31.5, 35.0);
        assertThat(chart.series().get(2).unit()).isEqualTo("°C");
    }

    @Test
    void quantitiesTheChargerDidNotSendAreAbsentAndNamed() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(0, "Power.Active.Import", null, null, null, "3680"),
                reading(0, "Current.Import", "L1", "Outlet", "A", "16")));

        assertThat(charts.powerAndSoc().labels()).containsExactly("Power");
        assertThat(charts.energy().isEmpty()).isTrue();
        assertThat(charts.voltageAndTemperature().isEmpty()).isTrue();
        assertThat(charts.missing()).containsExactly(MeterQuantity.ENERGY, MeterQuantity.SOC,
                MeterQuantity.TEMPERATURE, MeterQuantity.VOLTAGE);
    }

    @Test
    void aReadingInAUnitTheMeasurandCannotHaveIsLeftOut() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(0, "Power.Active.Import", null, null, "A", "16"),
                reading(1, "Power.Active.Import", null, null, "kW", "7.4")));

        assertThat(charts.powerAndSoc().series().getFirst().values()).containsExactly(7.4);
    }

    @Test
    void temperaturesAtTwoLocationsAreToldApart() {
        SessionCharts charts = SessionCharts.of(List.of(
                reading(0, "Temperature", null, "Body", null, "30"),
                reading(0, "Temperature", null, "Outlet", null, "41")));

        assertThat(charts.voltageAndTemperature().labels()).containsExactly("Temperature (Body)", "Temperature (Outlet)");
    }

    @Test
    void readingsAreTakenFromTheApisListItemsAndBadItemsAreSkipped() {
        var json = JsonMapper.builder().build().readTree("""
                {"items": [
                  {"timestamp": "2026-11-27T09:00:00Z", "measurand": "SoC", "unit": "Percent", "location": "EV", "value": 42},
                  {"timestamp": "2026-11-27T09:00:00Z", "measurand": "Voltage", "phase": "L1-N", "unit": "V", "value": 230.4},
                  {"timestamp": "not a time", "measurand": "SoC", "value": 43},
                  {"timestamp": "2026-11-27T09:01:00Z", "measurand": "SoC", "value": "n/a"}
                ]}""");
        List<MeterReading> readings = new ArrayList<>();
        json.path("items").forEach(item -> MeterReading.of(item).ifPresent(readings::add));

        assertThat(readings).containsExactly(
                new MeterReading(T0, "SoC", null, "EV", "Percent", new BigDecimal("42")),
                new MeterReading(T0, "Voltage", "L1-N", null, "V", new BigDecimal("230.4")));
        assertThat(MeterReading.of(json.path("items").get(2))).isEqualTo(Optional.empty());
    }
}
