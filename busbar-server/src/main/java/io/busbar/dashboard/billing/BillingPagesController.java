package io.busbar.dashboard.billing;

import io.busbar.dashboard.ConsoleApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Billing, read side: CDRs and invoices (lists with filters, one page at a time by the API's cursor, and each
 * document with its lines). Wallets are {@link WalletPagesController}.
 *
 * <p>Invoice PDFs: {@code GET /api/v1/invoices/{id}/pdf} needs the bearer token, and {@link ConsoleApi} reads JSON
 * only, so the console shows the invoice's lines in HTML instead of linking the PDF.
 */
@Controller
class BillingPagesController {
    static final int PAGE = 50;

    private final ConsoleApi api;
    private final AccountNames accountNames;

    BillingPagesController(ConsoleApi api, AccountNames accountNames) {
        this.api = api;
        this.accountNames = accountNames;
    }

    @GetMapping({"/console/billing", "/console/billing/"})
    String billing() {
        return "redirect:/console/billing/cdrs";
    }

    @GetMapping("/console/billing/cdrs")
    String cdrs(@RequestParam Map<String, String> params, Model model) {
        PeriodFilter filter = PeriodFilter.of(params);
        model.addAttribute("filter", filter);
        model.addAttribute("accounts", accountNames.all());
        if (filter.problem() != null) {
            model.addAttribute("problem", filter.problem());
            model.addAttribute("cdrs", List.of());
            return "console/billing/cdrs";
        }
        Map<String, Object> query = new LinkedHashMap<>(filter.query());
        query.put("sessionId", params.get("sessionId"));
        query.put("after", params.get("after"));
        query.put("limit", PAGE);
        Map<String, Object> page = api.toMap(api.get("/api/v1/cdrs", query));
        model.addAttribute("cdrs", page.getOrDefault("items", List.of()));
        model.addAttribute("next", page.get("next"));
        model.addAttribute("sessionId", params.getOrDefault("sessionId", ""));
        return "console/billing/cdrs";
    }

    @GetMapping("/console/billing/cdrs/{id}")
    String cdr(@PathVariable UUID id, Model model) {
        Map<String, Object> cdr = api.object("/api/v1/cdrs/" + id);
        model.addAttribute("cdr", cdr);
        model.addAttribute("accountName", accountNames.all().get(String.valueOf(cdr.get("accountId"))));
        return "console/billing/cdr";
    }

    @GetMapping("/console/billing/invoices")
    String invoices(@RequestParam Map<String, String> params, Model model) {
        PeriodFilter filter = PeriodFilter.of(params);
        model.addAttribute("filter", filter);
        model.addAttribute("accounts", accountNames.all());
        if (filter.problem() != null) {
            model.addAttribute("problem", filter.problem());
            model.addAttribute("invoices", List.of());
            return "console/billing/invoices";
        }
        Map<String, Object> query = new LinkedHashMap<>(filter.query());
        query.put("after", params.get("after"));
        query.put("limit", PAGE);
        Map<String, Object> page = api.toMap(api.get("/api/v1/invoices", query));
        model.addAttribute("invoices", page.getOrDefault("items", List.of()));
        model.addAttribute("next", page.get("next"));
        return "console/billing/invoices";
    }

    @GetMapping("/console/billing/invoices/{id}")
    String invoice(@PathVariable UUID id, Model model) {
        Map<String, Object> invoice = api.object("/api/v1/invoices/" + id);
        model.addAttribute("invoice", invoice);
        model.addAttribute("accountName", accountNames.all().get(String.valueOf(invoice.get("accountId"))));
        return "console/billing/invoice";
    }
}
