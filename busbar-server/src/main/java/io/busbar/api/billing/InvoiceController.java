package io.busbar.api.billing;

import io.busbar.accounts.AccountId;
import io.busbar.accounts.AccountNotFoundException;
import io.busbar.accounts.Accounts;
import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.billing.Invoice;
import io.busbar.billing.InvoiceId;
import io.busbar.billing.Invoices;
import io.busbar.billing.NothingToInvoiceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Invoices per account and period: JSON and PDF. */
@RestController
@RequestMapping("/api/v1/invoices")
@Tag(name = BillingDtos.TAG)
class InvoiceController {
    /** An export holds at most about this many invoices; a longer period is exported in parts. */
    static final int MAX_EXPORT = 50_000;

    private final Invoices invoices;
    private final Accounts accounts;

    InvoiceController(Invoices invoices, Accounts accounts) {
        this.invoices = invoices;
        this.accounts = accounts;
    }

    @PostMapping
    @Operation(summary = "Invoice every CDR and credit note of the account in [from, to) not yet invoiced",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = BillingDtos.INVOICE_REQUEST_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Issued", content = @Content(
                            examples = @ExampleObject(value = BillingDtos.INVOICE_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "Nothing to invoice in that period")})
    ResponseEntity<BillingDtos.InvoiceResponse> issue(@Valid @RequestBody BillingDtos.InvoiceRequest request) {
        if (!request.to().isAfter(request.from())) {
            throw ProblemException.invalid("to", "must be after from");
        }
        AccountId account = new AccountId(request.accountId());
        // another tenant's account is answered like one that does not exist
        if (!accounts.find(account).map(found -> found.tenant().equals(Callers.tenant())).orElse(false)) {
            throw noAccount(request.accountId());
        }
        Invoice invoice;
        try {
            invoice = invoices.issue(account, request.from(), request.to());
        } catch (AccountNotFoundException e) {
            throw noAccount(request.accountId());
        } catch (NothingToInvoiceException e) {
            throw new ProblemException(ProblemType.NOTHING_TO_INVOICE, e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.id()))
                .body(BillingDtos.InvoiceResponse.of(invoice));
    }

    @GetMapping
    @Operation(summary = "Invoices in issue order, by account and period start in [from, to)",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = BillingDtos.INVOICE_PAGE_EXAMPLE))))
    Page<BillingDtos.InvoiceResponse> list(@RequestParam(required = false) UUID accountId,
                                           @RequestParam(required = false) Instant from,
                                           @RequestParam(required = false) Instant to,
                                           @RequestParam(required = false) UUID after,
                                           @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(invoices.list(Callers.tenant(), accountId == null ? null : new AccountId(accountId), from, to,
                        after == null ? null : new InvoiceId(after), limit + 1), limit,
                i -> i.id().toString(), BillingDtos.InvoiceResponse::of);
    }

    @GetMapping("/export")
    @Operation(summary = "Invoices by period start in [from, to) for ERP: CSV (one row per line) or a JSON array",
            responses = @ApiResponse(responseCode = "200", description = "Every invoice of the period", content = {
                    @Content(mediaType = "text/csv", examples = @ExampleObject(value = BillingDtos.INVOICE_CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            examples = @ExampleObject(value = "[" + BillingDtos.INVOICE_EXAMPLE + "]"))}))
    ResponseEntity<?> export(@RequestParam Instant from, @RequestParam Instant to,
                             @RequestParam(required = false) UUID accountId,
                             @RequestParam(defaultValue = "csv") String format) {
        Export.requireFormat(format);
        AccountId account = accountId == null ? null : new AccountId(accountId);
        List<Invoice> all = Export.all(
                (InvoiceId after, Integer limit) -> invoices.list(Callers.tenant(), account, from, to, after, limit),
                Invoice::id, MAX_EXPORT, "invoices");
        return Export.respond(format, all, BillingDtos.InvoiceResponse::of, InvoiceCsv::write, "invoices.csv");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One invoice",
            responses = @ApiResponse(responseCode = "200", description = "The invoice", content = @Content(
                    examples = @ExampleObject(value = BillingDtos.INVOICE_EXAMPLE))))
    BillingDtos.InvoiceResponse get(@PathVariable UUID id) {
        return BillingDtos.InvoiceResponse.of(invoices.find(new InvoiceId(id)).orElseThrow(() -> notFound(id)));
    }

    @GetMapping(value = "/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The invoice as a PDF document",
            responses = @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(
                    mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"),
                    examples = @ExampleObject(value = "%PDF-1.4 ... (binary)"))))
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Invoice invoice = invoices.find(new InvoiceId(id)).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(invoices.pdf(invoice.id()));
    }

    private static ProblemException noAccount(UUID id) {
        return new ProblemException(ProblemType.ACCOUNT_NOT_FOUND, "No account " + id);
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No invoice " + id);
    }
}
