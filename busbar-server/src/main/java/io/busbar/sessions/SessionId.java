package io.busbar.sessions;

import java.util.UUID;

public record SessionId(UUID value) {
    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
