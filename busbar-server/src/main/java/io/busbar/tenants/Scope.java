package io.busbar.tenants;

import java.util.Objects;

/**
 * One permission of an API key or an operator's role, written {@code admin}, {@code platform},
 * {@code <area>:read} or {@code <area>:write} (write includes read), e.g. {@code sessions:read},
 * {@code commands:write}. Least privilege: a key gets only the scopes its client needs.
 *
 * @param area  null for {@link #ADMIN} and {@link #PLATFORM}
 */
public record Scope(String literal, Area area, boolean write) {
    /** Everything within the caller's own tenant. */
    public static final Scope ADMIN = new Scope("admin", null, true);
    /** Creating and listing tenants: the platform operator only (keys of the default tenant). */
    public static final Scope PLATFORM = new Scope("platform", null, true);

    public Scope {
        Objects.requireNonNull(literal, "literal");
    }

    public static Scope read(Area area) {
        return new Scope(area.literal() + ":read", area, false);
    }

    public static Scope write(Area area) {
        return new Scope(area.literal() + ":write", area, true);
    }

    /** @throws IllegalArgumentException for anything but a known scope literal */
    public static Scope parse(String literal) {
        if (ADMIN.literal.equals(literal)) {
            return ADMIN;
        }
        if (PLATFORM.literal.equals(literal)) {
            return PLATFORM;
        }
        int colon = literal == null ? -1 : literal.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Unknown scope '" + literal + "': use admin, platform, <area>:read or <area>:write");
        }
        Area area = Area.fromLiteral(literal.substring(0, colon));
        return switch (literal.substring(colon + 1)) {
            case "read" -> read(area);
            case "write" -> write(area);
            default -> throw new IllegalArgumentException("Unknown scope '" + literal + "': use <area>:read or <area>:write");
        };
    }

    /** Whether this scope allows reading ({@code write} false) or changing {@code area}. */
    public boolean grants(Area wanted, boolean wantsWrite) {
        if (this.equals(ADMIN)) {
            return true;
        }
        return wanted == area && (write || !wantsWrite);
    }

    @Override
    public String toString() {
        return literal;
    }
}
