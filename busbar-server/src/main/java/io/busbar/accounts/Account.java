package io.busbar.accounts;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A customer account.
 *
 * @param billingAddress free text as it should appear on invoices; may be null
 * @param tokens         the id token values that charge on this account, in the order they were linked
 */
public record Account(AccountId id, String name, String email, AccountKind kind, Currency currency,
                      String billingAddress, Instant createdAt, List<String> tokens) {
    public Account {
        tokens = List.copyOf(tokens);
    }
}
