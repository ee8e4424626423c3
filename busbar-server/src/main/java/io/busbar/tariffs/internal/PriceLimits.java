package io.busbar.tariffs.internal;

import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceComponent;
import io.busbar.tariffs.PriceLimit;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLimitAdjustment.Kind;
import io.busbar.tariffs.Tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies min_price, then max_price, after all lines are summed. OCPI 2.2.1 (Tariff object notes): the bound
 * excluding VAT and the bound including VAT both apply. A side the tariff does not bound follows the side that moved
 * in proportion (incl/excl of the lines' totals; when that side is zero, the tariff's highest VAT rate).
 */
public final class PriceLimits {
    private PriceLimits() {
    }

    public static List<PriceLimitAdjustment> adjustments(Tariff tariff, Money exclVat, Money inclVat) {
        List<PriceLimitAdjustment> adjustments = new ArrayList<>();
        BigDecimal fallbackVat = highestVat(tariff);
        for (Kind kind : Kind.values()) {
            PriceLimit limit = kind == Kind.MIN_PRICE ? tariff.minPrice() : tariff.maxPrice();
            if (limit == null) {
                continue;
            }
            BigDecimal excl = exclVat.amount();
            BigDecimal incl = inclVat.amount();
            boolean exclBreached = limit.exclVat() != null && breaches(kind, excl, limit.exclVat());
            boolean inclBreached = limit.inclVat() != null && breaches(kind, incl, limit.inclVat());
            if (!exclBreached && !inclBreached) {
                continue;
            }
            BigDecimal newExcl = exclBreached ? limit.exclVat() : excl;
            BigDecimal newIncl = inclBreached ? limit.inclVat() : incl;
            if (limit.exclVat() == null) {
                newExcl = follow(excl, incl, newIncl, BigDecimal.ONE.add(fallbackVat.movePointLeft(2)), true);
            }
            if (limit.inclVat() == null) {
                newIncl = follow(incl, excl, newExcl, BigDecimal.ONE.add(fallbackVat.movePointLeft(2)), false);
            }
            Money adjustedExcl = Money.rounded(newExcl, exclVat.currency());
            Money adjustedIncl = Money.rounded(newIncl, exclVat.currency());
            Money exclDelta = adjustedExcl.minus(exclVat);
            Money inclDelta = adjustedIncl.minus(inclVat);
            adjustments.add(new PriceLimitAdjustment(kind, exclDelta, inclDelta.minus(exclDelta), inclDelta));
            exclVat = adjustedExcl;
            inclVat = adjustedIncl;
        }
        return adjustments;
    }

    /**
     * The new value of a side the limit does not bound: scaled like the other side moved, from {@code other} to
     * {@code otherNew}.
     */
    private static BigDecimal follow(BigDecimal side, BigDecimal other, BigDecimal otherNew, BigDecimal vatFactor,
                                     boolean sideIsExcl) {
        if (other.signum() > 0) {
            return side.multiply(otherNew).divide(other, 20, RoundingMode.HALF_UP);
        }
        return sideIsExcl ? otherNew.divide(vatFactor, 20, RoundingMode.HALF_UP) : otherNew.multiply(vatFactor);
    }

    private static boolean breaches(Kind kind, BigDecimal value, BigDecimal bound) {
        return kind == Kind.MIN_PRICE ? value.compareTo(bound) < 0 : value.compareTo(bound) > 0;
    }

    private static BigDecimal highestVat(Tariff tariff) {
        return tariff.elements().stream()
                .flatMap(element -> element.components().stream())
                .map(PriceComponent::vatPercent)
                .filter(vat -> vat != null)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
