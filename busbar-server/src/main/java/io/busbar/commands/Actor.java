package io.busbar.commands;

import java.util.Objects;

/**
 * Who issued a command, for the audit log: an API key ({@code kind = "api-key"}, {@code id} its id), an operator
 * user, or Busbar itself ({@code kind = "system"}, {@code id} the feature, e.g. "drift-correction", "bulk-job:…").
 */
public record Actor(String kind, String id, String name) {
    public Actor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Actor system(String feature) {
        return new Actor("system", feature, null);
    }

    /** An operator user signed in with a session. */
    public static Actor user(String userId, String email) {
        return new Actor("user", userId, email);
    }

    public static Actor apiKey(String keyId, String keyName) {
        return new Actor("api-key", keyId, keyName);
    }
}
