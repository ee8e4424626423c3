package io.busbar.tariffs;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The exact price of a (running or finished) session: the periods, the lines, the min/max adjustments and the totals.
 * Totals are the sums of the lines plus the adjustments, never recomputed from unrounded amounts.
 */
public record PriceBreakdown(TariffId tariffId, Currency currency, Instant sessionStart, Instant sessionEnd,
                             List<PricedPeriod> periods, List<PriceLine> lines,
                             List<PriceLimitAdjustment> adjustments,
                             Money totalExclVat, Money totalVat, Money totalInclVat) {
    public PriceBreakdown {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }
}
