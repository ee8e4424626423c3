package io.busbar.billing.internal;

import io.busbar.billing.VatAmount;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceBreakdown;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Amounts per VAT rate: of a CDR (from its priced lines), of a credit note (allocated over the CDR's rates). */
final class VatSplit {
    private VatSplit() {
    }

    /**
     * The CDR's totals per rate. A min/max price adjustment has no rate of its own: it is put on the highest rate
     * among the lines, the rate {@code PriceLimits} falls back to as well, so the split always sums to the totals.
     */
    static List<VatAmount> of(PriceBreakdown breakdown) {
        Currency currency = breakdown.currency();
        Map<BigDecimal, VatAmount> byRate = new TreeMap<>();
        for (PriceLine line : breakdown.lines()) {
            add(byRate, new VatAmount(rate(line.vatPercent()), line.exclVat(), line.vat(), line.inclVat()));
        }
        BigDecimal highest = byRate.keySet().stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        for (PriceLimitAdjustment adjustment : breakdown.adjustments()) {
            add(byRate, new VatAmount(highest, adjustment.exclVat(), adjustment.vat(), adjustment.inclVat()));
        }
        if (byRate.isEmpty()) {
            Money zero = Money.zero(currency);
            return List.of(new VatAmount(BigDecimal.ZERO, zero, zero, zero));
        }
        return List.copyOf(byRate.values());
    }

    /** Sums amounts of the same rate, ordered by rate. */
    static List<VatAmount> summed(List<VatAmount> amounts) {
        Map<BigDecimal, VatAmount> byRate = new TreeMap<>();
        amounts.forEach(amount -> add(byRate, amount));
        return List.copyOf(byRate.values());
    }

    /**
     * Spreads {@code amount} (VAT included) over what is left per rate, in proportion to it; the last rate takes what
     * rounding left over, and each rate's VAT follows the VAT share of what is left at that rate. Crediting all that
     * is left gives back exactly the remaining amounts per rate, so credit notes never drift from the CDR by a cent.
     */
    static List<VatAmount> allocate(Money amount, List<VatAmount> remaining) {
        Currency currency = amount.currency();
        BigDecimal remainingTotal = remaining.stream().map(v -> v.inclVat().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<VatAmount> nonZero = remaining.stream().filter(v -> v.inclVat().amount().signum() > 0).toList();
        if (amount.amount().compareTo(remainingTotal) == 0) {
            return nonZero;
        }
        List<VatAmount> result = new ArrayList<>();
        BigDecimal left = amount.amount();
        for (int i = 0; i < nonZero.size(); i++) {
            VatAmount rate = nonZero.get(i);
            BigDecimal incl = i == nonZero.size() - 1 ? left
                    : amount.amount().multiply(rate.inclVat().amount()).divide(remainingTotal, Money.minorUnits(currency), RoundingMode.HALF_UP);
            left = left.subtract(incl);
            BigDecimal vat = incl.multiply(rate.vat().amount()).divide(rate.inclVat().amount(), Money.minorUnits(currency), RoundingMode.HALF_UP);
            if (incl.signum() != 0) {
                result.add(new VatAmount(rate.vatPercent(), new Money(incl.subtract(vat), currency), new Money(vat, currency),
                        new Money(incl, currency)));
            }
        }
        return result;
    }

    /** What is left per rate once the credit notes' splits are taken off the CDR's split. */
    static List<VatAmount> remaining(List<VatAmount> cdr, List<VatAmount> credited) {
        List<VatAmount> all = new ArrayList<>(cdr);
        credited.forEach(c -> all.add(c.negated()));
        return summed(all);
    }

    private static void add(Map<BigDecimal, VatAmount> byRate, VatAmount amount) {
        byRate.merge(amount.vatPercent(), amount, VatAmount::plus);
    }

    private static BigDecimal rate(BigDecimal vatPercent) {
        return vatPercent == null ? BigDecimal.ZERO : vatPercent;
    }
}
