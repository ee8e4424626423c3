package io.busbar.accounts;

import java.util.Currency;
import java.util.Objects;

/** What opening an account needs. */
public record NewAccount(String name, String email, AccountKind kind, Currency currency, String billingAddress) {
    public NewAccount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must have 1 to 200 characters");
        }
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new IllegalArgumentException("email is not an e-mail address");
        }
        if (billingAddress != null && billingAddress.length() > 1000) {
            throw new IllegalArgumentException("billingAddress must have at most 1000 characters");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency + " has no minor units");
        }
    }
}
