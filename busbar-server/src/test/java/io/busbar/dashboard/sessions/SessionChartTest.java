package io.busbar.dashboard.sessions;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SessionChartTest {

    @Test
    void powerInKilowattsAndEnergyDeliveredSinceTheFirstReadingByInstant() {
        SessionChart chart = SessionChart.of(List.of(
                reading("2026-11-27T10:00:00Z", "Energy.Active.Import.Register", "Wh", 1_200_000, null),
                reading("2026-11-27T10:15:00Z", "Energy.Active.Import.Register", "Wh", 1_202_750, null),
                reading("2026-11-27T10:15:00Z", "Power.Active.Import", "W", 11_000, null),
                reading("2026-11-27T10:15:00Z", "Voltage", "V", 230, "L1-N"),
                reading("2026-11-27T10:15:00Z", "SoC", "Percent", 44, null)));

        assertThat(chart.x()).containsExactly(1_795_773_600L, 1_795_774_500L);
        assertThat(chart.series()).extracting(SessionChart.Series::label, SessionChart.Series::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Power", "kW"),
                        org.assertj.core.groups.Tuple.tuple("Energy", "kWh"));
        assertThat(chart.series().get(0).values()).containsExactly(null, new BigDecimal("11.000"));
        assertThat(chart.series().get(1).values()).containsExactly(new BigDecimal("0.000"), new BigDecimal("2.750"));
    }

    @Test
    void perPhasePowerIsSummedAndKiloUnitsAreKept() {
        SessionChart chart = SessionChart.of(List.of(
                reading("2026-11-27T10:00:00Z", "Power.Active.Import", "kW", "3.7", "L1"),
                reading("2026-11-27T10:00:00Z", "Power.Active.Import", "kW", "3.6", "L2"),
                reading("2026-11-27T10:00:00Z", "Energy.Active.Import.Register", "kWh", "12.5", null)));

        assertThat(chart.series().get(0).values()).containsExactly(new BigDecimal("7.300"));
        assertThat(chart.series().get(1).values()).containsExactly(new BigDecimal("0.000"));
    }

    @Test
    void noReadingsGiveAnEmptyChartAndBrokenReadingsAreSkipped() {
        assertThat(SessionChart.of(List.of()).x()).isEmpty();
        SessionChart chart = SessionChart.of(List.of(reading("yesterday", "Power.Active.Import", "W", 1, null),
                reading("2026-11-27T10:00:00Z", "Power.Active.Import", "W", "n/a", null)));
        assertThat(chart.x()).isEmpty();
    }

    private static Map<String, Object> reading(String at, String measurand, String unit, Object value, String phase) {
        Map<String, Object> reading = new HashMap<>(Map.of("timestamp", at, "measurand", measurand, "unit", unit,
                "value", value));
        if (phase != null) {
            reading.put("phase", phase);
        }
        return reading;
    }
}
