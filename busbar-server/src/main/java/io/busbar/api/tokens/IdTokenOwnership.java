package io.busbar.api.tokens;

import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.api.tenancy.OwnedResources;
import io.busbar.authorization.IdTokens;
import io.busbar.authorization.TokenRecord;
import io.busbar.tenants.TenantId;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Id tokens belong to a tenant directly ({@code /id-tokens/{value}}). */
@Component
public class IdTokenOwnership implements OwnedResources {
    private final IdTokens tokens;

    IdTokenOwnership(IdTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String collection() {
        return "id-tokens";
    }

    @Override
    public Optional<TenantId> owner(String id) {
        return tokens.find(id).map(TokenRecord::tenant);
    }

    @Override
    public ProblemException notFound(String id) {
        return missing(id);
    }

    /** What every operation answers for a token the caller does not have; the value is masked like in logs. */
    public static ProblemException missing(String value) {
        return new ProblemException(ProblemType.ID_TOKEN_NOT_FOUND, "No id token " + masked(value));
    }

    /** Like {@link io.busbar.authorization.IdToken#masked()}, for any string a client may put in the path. */
    static String masked(String value) {
        return value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
    }
}
