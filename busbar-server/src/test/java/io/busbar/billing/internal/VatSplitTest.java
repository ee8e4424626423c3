package io.busbar.billing.internal;

import io.busbar.billing.VatAmount;
import io.busbar.tariffs.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Credit notes over a CDR with two VAT rates: proportional, and exact once everything is credited. */
class VatSplitTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    /** A CDR of 1.00 flat at 0% and 3.00 energy at 21% (0.63 VAT): 4.63 incl. VAT. */
    private static final List<VatAmount> CDR = List.of(rate("0", "1.00", "0.00"), rate("21", "3.00", "0.63"));

    @Test
    void aPartialCreditIsSpreadOverTheRatesInProportion() {
        List<VatAmount> split = VatSplit.allocate(eur("1.00"), CDR);
        // 1.00 × 1.00/4.63 = 0.22 at 0%; the rest, 0.78, at 21%: VAT 0.78 × 0.63/3.63 = 0.14
        assertThat(split).containsExactly(rate("0", "0.22", "0.00"), rate("21", "0.64", "0.14"));
        assertThat(sum(split)).isEqualTo(eur("1.00"));
    }

    @Test
    void creditingWhatIsLeftGivesBackExactlyTheCdrsVatPerRate() {
        List<VatAmount> credited = new ArrayList<>();
        for (String amount : List.of("1.00", "0.37", "2.01")) {
            credited.addAll(VatSplit.allocate(eur(amount), VatSplit.remaining(CDR, credited)));
        }
        List<VatAmount> last = VatSplit.allocate(eur("1.25"), VatSplit.remaining(CDR, credited));
        credited.addAll(last);
        assertThat(VatSplit.summed(credited)).containsExactlyElementsOf(CDR);
        assertThat(VatSplit.remaining(CDR, credited)).allSatisfy(left -> assertThat(left.inclVat().amount()).isZero());
    }

    private static VatAmount rate(String percent, String excl, String vat) {
        Money exclVat = eur(excl);
        Money vatAmount = eur(vat);
        return new VatAmount(new BigDecimal(percent), exclVat, vatAmount, exclVat.plus(vatAmount));
    }

    private static Money sum(List<VatAmount> split) {
        return split.stream().map(VatAmount::inclVat).reduce(Money.zero(EUR), Money::plus);
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }
}
