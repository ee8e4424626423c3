package io.busbar.billing;

import io.busbar.tariffs.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The part of a document charged at one VAT rate.
 *
 * @param vatPercent the rate; 0 for lines without VAT
 */
public record VatAmount(BigDecimal vatPercent, Money exclVat, Money vat, Money inclVat) {
    public VatAmount {
        Objects.requireNonNull(vatPercent, "vatPercent");
        vatPercent = vatPercent.stripTrailingZeros();
        if (vatPercent.scale() < 0) {
            vatPercent = vatPercent.setScale(0);
        }
        if (exclVat.plus(vat).compareTo(inclVat) != 0) {
            throw new IllegalArgumentException("excl. VAT + VAT must equal incl. VAT: " + exclVat + " + " + vat + " != " + inclVat);
        }
    }

    public VatAmount plus(VatAmount other) {
        return new VatAmount(vatPercent, exclVat.plus(other.exclVat), vat.plus(other.vat), inclVat.plus(other.inclVat));
    }

    public VatAmount negated() {
        return new VatAmount(vatPercent, new Money(exclVat.amount().negate(), exclVat.currency()),
                new Money(vat.amount().negate(), vat.currency()), new Money(inclVat.amount().negate(), inclVat.currency()));
    }
}
