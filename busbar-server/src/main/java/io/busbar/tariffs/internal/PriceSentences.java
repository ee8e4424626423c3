package io.busbar.tariffs.internal;

import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.Tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The breakdown in words a driver can check with a pocket calculator, one sentence per line. */
public final class PriceSentences {
    private PriceSentences() {
    }

    public static List<String> sentences(Tariff tariff, PriceBreakdown breakdown) {
        List<String> sentences = new ArrayList<>();
        for (PriceLine line : breakdown.lines()) {
            sentences.add(sentence(tariff, line));
        }
        for (PriceLimitAdjustment adjustment : breakdown.adjustments()) {
            String what = adjustment.kind() == PriceLimitAdjustment.Kind.MIN_PRICE ? "minimum price" : "maximum price";
            sentences.add(what + " applies: " + signed(adjustment.inclVat()) + " incl. VAT ("
                    + signed(adjustment.exclVat()) + " excl. VAT)");
        }
        return sentences;
    }

    public static String total(PriceBreakdown breakdown) {
        if (breakdown.totalVat().amount().signum() == 0) {
            return "total " + breakdown.totalExclVat();
        }
        return "total " + breakdown.totalInclVat() + " incl. VAT (" + breakdown.totalExclVat() + " excl. VAT + "
                + breakdown.totalVat() + " VAT)";
    }

    static String sentence(Tariff tariff, PriceLine line) {
        String currency = line.exclVat().currency().getCurrencyCode();
        String price = price(line.unitPrice(), line.exclVat());
        String text = switch (line.dimension()) {
            case ENERGY -> price + " " + currency + " per kWh × " + kilowattHours(line.quantity()) + " kWh";
            case TIME -> "charging time " + price + " " + currency + " per hour × " + minutes(line.quantity()) + " min";
            case PARKING_TIME -> "idle fee " + perMinuteOrHour(line, currency) + " × " + minutes(line.quantity()) + " min"
                    + grace(tariff.idlePolicy().gracePeriod());
            case FLAT -> "session fee " + price + " " + currency;
        };
        text += " = " + line.exclVat();
        if (line.vatPercent() != null) {
            text += " + " + line.vatPercent().stripTrailingZeros().toPlainString() + "% VAT " + line.vat()
                    + " = " + line.inclVat();
        }
        return text;
    }

    private static String perMinuteOrHour(PriceLine line, String currency) {
        BigDecimal perMinute = line.unitPrice().divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
        if (perMinute.multiply(BigDecimal.valueOf(60)).compareTo(line.unitPrice()) == 0) {
            return price(perMinute, line.exclVat()) + " " + currency + "/min";
        }
        return price(line.unitPrice(), line.exclVat()) + " " + currency + " per hour";
    }

    private static String grace(Duration grace) {
        if (grace.isZero()) {
            return "";
        }
        return grace.toSecondsPart() == 0
                ? " after " + grace.toMinutes() + " min grace"
                : " after " + grace.toSeconds() + " s grace";
    }

    private static String price(BigDecimal price, Money inCurrency) {
        int scale = Math.max(inCurrency.amount().scale(), price.stripTrailingZeros().scale());
        return price.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String kilowattHours(BigDecimal wattHours) {
        BigDecimal kwh = wattHours.movePointLeft(3).stripTrailingZeros();
        return kwh.setScale(Math.max(1, kwh.scale())).toPlainString();
    }

    private static String minutes(BigDecimal seconds) {
        return seconds.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String signed(Money money) {
        return (money.isNegative() ? "" : "+") + money;
    }
}
