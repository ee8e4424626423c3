package io.busbar.dashboard.meters;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The quantities the charger view charts, each with the OCPP measurand it comes from and the unit it is shown in.
 * Readings arrive in the unit the charger chose (OCPP 1.6 §7.31 UnitOfMeasure / 2.0.1 UnitOfMeasureType; absent
 * = the measurand's default: Wh, W, Celsius, V, Percent) and are converted to the shown unit.
 */
enum MeterQuantity {
    POWER("Power.Active.Import", "Power", "kW"),
    ENERGY("Energy.Active.Import.Register", "Energy", "kWh"),
    SOC("SoC", "SoC", "%"),
    TEMPERATURE("Temperature", "Temperature", "°C"),
    VOLTAGE("Voltage", "Voltage", "V");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal KELVIN_OFFSET = new BigDecimal("273.15");

    private final String measurand;
    private final String label;
    private final String unit;

    MeterQuantity(String measurand, String label, String unit) {
        this.measurand = measurand;
        this.label = label;
        this.unit = unit;
    }

    String measurand() {
        return measurand;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    static Optional<MeterQuantity> of(String measurand) {
        for (MeterQuantity quantity : values()) {
            if (quantity.measurand.equals(measurand)) {
                return Optional.of(quantity);
            }
        }
        return Optional.empty();
    }

    /** The value in this quantity's shown unit; empty when the charger's unit is not one of this measurand's. */
    Optional<BigDecimal> shown(BigDecimal value, String chargerUnit) {
        String from = chargerUnit == null ? "" : chargerUnit.toLowerCase(Locale.ROOT);
        BigDecimal shown = switch (this) {
            case POWER -> switch (from) {
                case "", "w" -> value.divide(THOUSAND);
                case "kw" -> value;
                default -> null;
            };
            case ENERGY -> switch (from) {
                case "", "wh" -> value.divide(THOUSAND);
                case "kwh" -> value;
                default -> null;
            };
            case SOC -> from.isEmpty() || from.equals("percent") ? value : null;
            case TEMPERATURE -> switch (from) {
                case "", "celsius" -> value;
                case "fahrenheit" -> value.subtract(BigDecimal.valueOf(32)).multiply(BigDecimal.valueOf(5))
                        .divide(BigDecimal.valueOf(9), MathContext.DECIMAL64);
                case "k" -> value.subtract(KELVIN_OFFSET);
                default -> null;
            };
            case VOLTAGE -> from.isEmpty() || from.equals("v") ? value : null;
        };
        return Optional.ofNullable(shown).map(number -> number.setScale(Math.min(3, Math.max(0, number.scale())),
                RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
