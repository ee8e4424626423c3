package io.busbar.api.accounts;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.Accounts;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Accounts belong to a tenant directly; their tokens, wallet and payments follow the account. */
@Component
class AccountOwnership implements OwnedResources {
    private final Accounts accounts;

    AccountOwnership(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String collection() {
        return "accounts";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        try {
            return accounts.find(AccountId.parse(id)).map(Account::tenant);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public ProblemException notFound(String id) {
        return AccountController.notFound(id);
    }
}
