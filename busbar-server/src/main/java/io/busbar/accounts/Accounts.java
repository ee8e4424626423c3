package io.busbar.accounts;

import io.busbar.tenants.TenantId;

import java.util.List;
import java.util.Optional;

/** Customer accounts and the tokens that charge on them. */
public interface Accounts {
    Account open(TenantId tenant, NewAccount account);

    Optional<Account> find(AccountId id);

    /** @throws AccountNotFoundException if there is no such account */
    Account require(AccountId id);

    /** The account a session started with this id token value charges on, if any. */
    Optional<Account> forToken(String idTokenValue);

    /**
     * The tenant's accounts (a null tenant: every tenant's, for Busbar's own jobs) ordered by creation; {@code after}
     * an exclusive cursor (an account id).
     */
    List<Account> list(TenantId tenant, AccountId after, int limit);

    /**
     * Lets the token charge on the account; idempotent for the same account.
     *
     * @throws AccountNotFoundException if there is no such account
     * @throws TokenLinkException       if the token is unknown (to the account's tenant) or linked to another account
     */
    void linkToken(AccountId id, String idTokenValue);

    /**
     * Idempotent.
     *
     * @throws AccountNotFoundException if there is no such account
     * @throws TokenLinkException       if the token is unknown (to the account's tenant)
     */
    void unlinkToken(AccountId id, String idTokenValue);
}
