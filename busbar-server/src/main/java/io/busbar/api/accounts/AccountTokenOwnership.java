package io.busbar.api.accounts;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.api.tokens.IdTokenOwnership;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The id token in {@code /accounts/{id}/tokens/{idToken}}: only the caller's own tokens are linked or unlinked. */
@Component
class AccountTokenOwnership implements OwnedResources {
    private final IdTokens tokens;

    AccountTokenOwnership(IdTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String collection() {
        return "tokens";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        return tokens.find(id).map(TokenRecord::tenant);
    }

    @Override
    public ProblemException notFound(String id) {
        return IdTokenOwnership.missing(id);
    }
}
