package io.busbar.pricedisplay.internal;

import io.busbar.pricedisplay.DisplayPrices;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.Tariff;
import io.busbar.tariffs.TariffDimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Short texts for a charger display, from the lines of a quote or a session's price (so the screen says what the
 * calculator bills). Unit prices are shown as the tariff states them (excl. VAT) followed by the VAT rate, which
 * keeps them exact, e.g. {@code 0.39 EUR/kWh, idle 0.10 EUR/min after 90 min + 19% VAT}.
 */
final class PriceTexts {
    private PriceTexts() {
    }

    /** The prices of the first line of each dimension: the prices in force at the start of the quoted session. */
    static String tariffText(Tariff tariff, PriceBreakdown quoted) {
        String currency = quoted.currency().getCurrencyCode();
        List<String> parts = new ArrayList<>();
        first(quoted, TariffDimension.ENERGY)
                .ifPresent(line -> parts.add(amount(line.unitPrice(), quoted.currency()) + " " + currency + "/kWh"));
        first(quoted, TariffDimension.TIME)
                .ifPresent(line -> parts.add(amount(line.unitPrice(), quoted.currency()) + " " + currency + "/h"));
        first(quoted, TariffDimension.FLAT)
                .ifPresent(line -> parts.add("session " + amount(line.unitPrice(), quoted.currency()) + " " + currency));
        first(quoted, TariffDimension.PARKING_TIME)
                .ifPresent(line -> parts.add("idle " + perMinuteOrHour(line.unitPrice(), quoted.currency())
                        + grace(tariff.idlePolicy().gracePeriod())));
        if (parts.isEmpty()) {
            return "free";
        }
        return String.join(", ", parts) + vat(quoted);
    }

    /** One line after the session: the total incl. VAT and the energy, e.g. {@code Total 2.20 EUR incl. VAT, 4.00 kWh}. */
    static String finalText(PriceBreakdown price, long energyWh) {
        String kwh = BigDecimal.valueOf(energyWh).movePointLeft(3).setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean vat = price.totalVat().amount().signum() != 0;
        return "Total " + price.totalInclVat() + (vat ? " incl. VAT" : "") + ", " + kwh + " kWh";
    }

    /** The unit prices of a session's latest lines per dimension, incl. VAT (1.6 RunningCost chargingPrice). */
    static DisplayPrices prices(Tariff tariff, PriceBreakdown price) {
        BigDecimal kwh = last(price, TariffDimension.ENERGY);
        BigDecimal hour = last(price, TariffDimension.TIME);
        BigDecimal flat = last(price, TariffDimension.FLAT);
        BigDecimal idle = last(price, TariffDimension.PARKING_TIME);
        Duration grace = tariff.idlePolicy().gracePeriod();
        return new DisplayPrices(kwh, hour, flat, idle, idle == null ? null : Math.toIntExact(grace.toMinutes()));
    }

    private static Optional<PriceLine> first(PriceBreakdown price, TariffDimension dimension) {
        return price.lines().stream().filter(line -> line.dimension() == dimension).findFirst();
    }

    private static BigDecimal last(PriceBreakdown price, TariffDimension dimension) {
        PriceLine found = null;
        for (PriceLine line : price.lines()) {
            if (line.dimension() == dimension) {
                found = line;
            }
        }
        if (found == null) {
            return null;
        }
        BigDecimal gross = found.vatPercent() == null ? found.unitPrice()
                : found.unitPrice().multiply(BigDecimal.ONE.add(found.vatPercent().movePointLeft(2)));
        // a display price: at least the currency's decimals, at most 4
        int scale = Math.min(4, Math.max(Money.minorUnits(found.exclVat().currency()), gross.stripTrailingZeros().scale()));
        return gross.setScale(scale, RoundingMode.HALF_UP);
    }

    private static String perMinuteOrHour(BigDecimal perHour, Currency currency) {
        BigDecimal perMinute = perHour.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP);
        if (perMinute.multiply(BigDecimal.valueOf(60)).compareTo(perHour) == 0) {
            return amount(perMinute, currency) + " " + currency.getCurrencyCode() + "/min";
        }
        return amount(perHour, currency) + " " + currency.getCurrencyCode() + "/h";
    }

    private static String grace(Duration grace) {
        if (grace.isZero()) {
            return "";
        }
        return grace.toSecondsPart() == 0 ? " after " + grace.toMinutes() + " min" : " after " + grace.toSeconds() + " s";
    }

    private static String vat(PriceBreakdown price) {
        List<BigDecimal> rates = price.lines().stream().map(PriceLine::vatPercent).filter(Objects::nonNull)
                .map(BigDecimal::stripTrailingZeros).distinct().toList();
        if (rates.isEmpty()) {
            return "";
        }
        return rates.size() == 1 ? " + " + rates.getFirst().toPlainString() + "% VAT" : " + VAT";
    }

    /** At least the currency's decimals, more only when the price has them (0.389 EUR stays 0.389). */
    private static String amount(BigDecimal value, Currency currency) {
        int scale = Math.max(Money.minorUnits(currency), value.stripTrailingZeros().scale());
        return value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
