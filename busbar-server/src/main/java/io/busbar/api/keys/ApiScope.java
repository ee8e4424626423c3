package io.busbar.api.keys;

/**
 * What a key may do. Only {@link #ADMIN} (everything) exists today; the {@code scopes} column is an array so
 * least-privilege scopes (e.g. read-only, tokens-only) can be added without a migration.
 */
public enum ApiScope {
    ADMIN("admin");

    private final String literal;

    ApiScope(String literal) {
        this.literal = literal;
    }

    /** The value stored in {@code api_keys.scopes} and shown in the API. */
    public String literal() {
        return literal;
    }

    public static ApiScope fromLiteral(String literal) {
        for (ApiScope scope : values()) {
            if (scope.literal.equals(literal)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown API scope " + literal);
    }
}
