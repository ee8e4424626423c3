package io.busbar.dashboard;

import java.util.Set;

/**
 * The signed-in operator as the console shows them, with the scopes of their role: the console offers only the
 * actions the API would allow (the API still decides; a hidden button is a courtesy, not a guard).
 *
 * @param brandName  the tenant's brand name shown in the header
 * @param brandColor the tenant's brand colour (CSS), or null
 */
public record Me(String name, String email, String role, Set<String> scopes, String brandName, String brandColor) {
    public Me {
        scopes = Set.copyOf(scopes);
    }

    /** Whether the role may read ({@code write=false}) or change an area ({@code chargers}, {@code commands}, …). */
    public boolean may(String area, boolean write) {
        return scopes.contains("admin") || scopes.contains(area + ":write") || (!write && scopes.contains(area + ":read"));
    }

    public boolean mayRead(String area) {
        return may(area, false);
    }

    public boolean mayWrite(String area) {
        return may(area, true);
    }
}
