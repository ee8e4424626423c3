package io.busbar.accounts;

/** No account has this id. */
public class AccountNotFoundException extends RuntimeException {
    public AccountNotFoundException(AccountId id) {
        super("No account " + id);
    }
}
