package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;
import io.busbar.tariffs.PriceLimitAdjustment;
import io.busbar.tariffs.PriceLine;
import io.busbar.tariffs.PricedPeriod;
import io.busbar.tariffs.TariffId;

import java.time.Instant;
import java.util.List;

/**
 * A charge detail record: the final price of one finished session, exactly as the tariff version pinned at its start
 * priced it. Never changes once issued; {@code credited} is the sum of the credit notes issued against it since.
 *
 * @param number        human number, gap-free per year: {@code CDR-2026-000001}
 * @param idTokenMasked the token, all but its last 4 characters hidden; null when the session had none
 * @param account       the account the token charged on when the CDR was issued; null when none
 * @param tariffId      null when no tariff was in force (the CDR is then at zero, see {@code pricingNote})
 * @param pricingNote   why this tariff applied, or {@code "no tariff: ..."}
 * @param vatSplit      the totals per VAT rate (sums to the totals)
 */
public record Cdr(CdrId id, String number, SessionId session, ChargerIdentity charger, int evseId,
                  String idTokenMasked, AccountId account, TariffId tariffId, Integer tariffVersion,
                  String pricingNote, Instant startedAt, Instant endedAt, Energy energy,
                  List<PricedPeriod> periods, List<PriceLine> lines, List<PriceLimitAdjustment> adjustments,
                  List<VatAmount> vatSplit, Money totalExclVat, Money totalVat, Money totalInclVat,
                  Money credited, Instant issuedAt) {
    public Cdr {
        periods = List.copyOf(periods);
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
        vatSplit = List.copyOf(vatSplit);
    }

    /** What credit notes may still give back. */
    public Money creditable() {
        return totalInclVat.minus(credited);
    }
}
