package io.busbar.dashboard.billing;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Account names by id, so CDRs and invoices (which carry only the account's id) can name their account. */
@Component
class AccountNames {
    /** One page of the API's largest size; accounts past it are shown by id. */
    static final int MOST = 500;

    private final ConsoleApi api;

    AccountNames(ConsoleApi api) {
        this.api = api;
    }

    /** id → name, oldest account first; empty when the role may not read accounts. */
    Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            api.items("/api/v1/accounts", Map.of("limit", MOST))
                    .forEach(account -> names.put(String.valueOf(account.get("id")), String.valueOf(account.get("name"))));
        } catch (ApiProblem problem) {
            if (problem.status() != 403) {
                throw problem;
            }
        }
        return names;
    }
}
