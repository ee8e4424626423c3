package io.busbar.dashboard.chargers;

import io.busbar.dashboard.ApiProblem;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The API path of one charger. The identity comes from the console's URL and is put into an API path as it is,
 * so one that could leave its path segment ("/", "..", "?", "%") is refused as unknown rather than sent.
 */
final class ChargerPath {
    // OCPP identities are printable ASCII without separators (1.6 CiString25/48 chargeBoxIdentity; OCPP-J §3.1.1).
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:*+@=\\-]{1,48}");

    private ChargerPath() {
    }

    static String of(String identity) {
        if (identity == null || !SAFE.matcher(identity).matches() || identity.contains("..")) {
            throw new ApiProblem(404, "No such charger", "There is no charger " + identity, Map.of());
        }
        return "/api/v1/chargers/" + identity;
    }

    static String of(String identity, String sub) {
        return of(identity) + "/" + sub;
    }
}
