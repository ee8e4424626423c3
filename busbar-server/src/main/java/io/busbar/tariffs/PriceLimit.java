package io.busbar.tariffs;

import java.math.BigDecimal;

/**
 * A minimum or maximum session price (OCPI 2.2.1 Price). Either side may be absent; when both are given both apply
 * (OCPI: "as the VAT might be built up of different parts ... they both apply").
 */
public record PriceLimit(BigDecimal exclVat, BigDecimal inclVat) {
    public PriceLimit {
        if (exclVat == null && inclVat == null) {
            throw new IllegalArgumentException("a price limit needs an amount excluding or including VAT");
        }
        if (exclVat != null && exclVat.signum() < 0 || inclVat != null && inclVat.signum() < 0) {
            throw new IllegalArgumentException("a price limit cannot be negative");
        }
        if (exclVat != null && inclVat != null && inclVat.compareTo(exclVat) < 0) {
            throw new IllegalArgumentException("a price limit including VAT (" + inclVat
                    + ") cannot be below the limit excluding VAT (" + exclVat + ")");
        }
    }

    public static PriceLimit exclVat(String amount) {
        return new PriceLimit(new BigDecimal(amount), null);
    }

    public static PriceLimit of(String exclVat, String inclVat) {
        return new PriceLimit(new BigDecimal(exclVat), new BigDecimal(inclVat));
    }
}
