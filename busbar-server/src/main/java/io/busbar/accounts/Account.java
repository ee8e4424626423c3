package io.busbar.accounts;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A customer account.
 *
 * @param billingAddress free text as it should appear on invoices; may be null
 * @param tokens         the id token values that charge on this account, in the order they were linked (all of
 *                       the account's tenant)
 * @param tenant         who owns the account (and everything under it: wallet, invoices)
 */
public record Account(AccountId id, String name, String email, AccountKind kind, Currency currency,
                      String billingAddress, Instant createdAt, List<String> tokens, TenantId tenant) {
    public Account {
        tokens = List.copyOf(tokens);
    }
}
