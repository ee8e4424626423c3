package io.busbar.tariffs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money, always at the scale of its currency's minor units (2 for EUR, 0 for JPY, 3 for BHD), so two
 * equal amounts are {@code equals}. Never a double.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int minorUnits = minorUnits(currency);
        if (amount.scale() > minorUnits && amount.setScale(minorUnits, RoundingMode.DOWN).compareTo(amount) != 0) {
            throw new IllegalArgumentException(
                    amount + " has more decimals than " + currency + " allows (" + minorUnits + ")");
        }
        amount = amount.setScale(minorUnits, RoundingMode.UNNECESSARY);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds half-up to the currency's minor units. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(minorUnits(currency), RoundingMode.HALF_UP), currency);
    }

    /** The number of decimals of the currency (ISO 4217); currencies without minor units (XAU, XXX) are refused. */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(currency + " has no minor units and cannot price a session");
        }
        return digits;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
