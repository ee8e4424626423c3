package io.busbar.dashboard.billing;

import io.busbar.dashboard.ApiProblem;
import io.busbar.dashboard.ConsoleApi;
import io.busbar.dashboard.ConsoleFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts with their wallet balance, one wallet with its ledger, and a top-up through the payment provider
 * ({@code POST /api/v1/accounts/{id}/wallet/top-ups}, idempotent per rendered form).
 */
@Controller
class WalletPagesController {
    static final int ACCOUNTS_PAGE = 25;
    static final int ENTRIES_PAGE = 50;

    private final ConsoleApi api;
    private final ConsoleFormat fmt;

    WalletPagesController(ConsoleApi api, ConsoleFormat fmt) {
        this.api = api;
        this.fmt = fmt;
    }

    /** An account and its balance; {@code balanceProblem} says why a balance could not be read. */
    record AccountBalance(Map<String, Object> account, Map<String, Object> balance, String balanceProblem) {
    }

    @GetMapping("/console/billing/wallets")
    String wallets(@RequestParam(required = false) String after, Model model) {
        Map<String, Object> page = api.toMap(api.get("/api/v1/accounts", query("after", after, "limit", ACCOUNTS_PAGE)));
        List<AccountBalance> rows = new ArrayList<>();
        for (Object item : (List<?>) page.getOrDefault("items", List.of())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> account = (Map<String, Object>) item;
            try {
                rows.add(new AccountBalance(account, api.object("/api/v1/accounts/" + account.get("id") + "/wallet"), null));
            } catch (ApiProblem problem) {
                rows.add(new AccountBalance(account, null, problem.title()));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("next", page.get("next"));
        return "console/billing/wallets";
    }

    @GetMapping("/console/billing/wallets/{id}")
    String wallet(@PathVariable UUID id, @RequestParam(required = false) String after,
                  @RequestParam(required = false) BigDecimal topped, @RequestParam(required = false) String currency,
                  Model model) {
        show(id, after, model);
        if (topped != null) {
            model.addAttribute("notice", "Wallet topped up by " + fmt.money(topped, currency));
        }
        model.addAttribute("amount", "");
        model.addAttribute("paymentMethod", "");
        return "console/billing/wallet";
    }

    @PostMapping("/console/billing/wallets/{id}/top-ups")
    String topUp(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
                 @RequestParam(defaultValue = "") String paymentMethod,
                 @RequestParam(name = "_key", required = false) String key, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amountAsTyped(amount));
        body.put("paymentMethod", paymentMethod.trim());
        try {
            JsonNode topUp = api.post("/api/v1/accounts/" + id + "/wallet/top-ups", body, key);
            return "redirect:" + UriComponentsBuilder.fromPath("/console/billing/wallets/{id}")
                    .queryParam("topped", topUp.path("amount").decimalValue().toPlainString())
                    .queryParam("currency", topUp.path("currency").asString("")).encode().buildAndExpand(id).toUriString();
        } catch (ApiProblem problem) {
            // A declined payment (402) is explained like invalid input: nothing was charged, the form stays filled.
            if (!problem.isInputProblem() && problem.status() != 402) {
                throw problem;
            }
            show(id, null, model);
            model.addAttribute("problem", problem);
            model.addAttribute("amount", amount);
            model.addAttribute("paymentMethod", paymentMethod);
            return "console/billing/wallet";
        }
    }

    private void show(UUID id, String after, Model model) {
        model.addAttribute("account", api.object("/api/v1/accounts/" + id));
        model.addAttribute("wallet", api.object("/api/v1/accounts/" + id + "/wallet"));
        Map<String, Object> entries = api.toMap(api.get("/api/v1/accounts/" + id + "/wallet/entries",
                query("after", after, "limit", ENTRIES_PAGE)));
        model.addAttribute("entries", entries.getOrDefault("items", List.of()));
        model.addAttribute("next", entries.get("next"));
    }

    /**
     * A number as a number; a blank as nothing (the API says the amount is required); anything else as the text typed,
     * so the API's explanation of a wrong format is the one shown.
     */
    static Object amountAsTyped(String amount) {
        String typed = amount.trim();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException e) {
            return typed;
        }
    }

    private static Map<String, Object> query(String name, Object value, String name2, Object value2) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put(name, value);
        query.put(name2, value2);
        return query;
    }
}
