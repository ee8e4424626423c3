package io.busbar.api.billing;

import io.busbar.accounts.AccountId;
import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.ProblemType;
import io.busbar.billing.BillingDocumentNotFoundException;
import io.busbar.billing.Cdr;
import io.busbar.billing.CdrId;
import io.busbar.billing.Cdrs.CdrFilter;
import io.busbar.billing.Cdrs;
import io.busbar.billing.CreditNotAllowedException;
import io.busbar.billing.CreditNote;
import io.busbar.billing.CreditNotes;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
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

/** CDRs (one per finished session, immutable), their credit notes, and their export for ERP. */
@RestController
@RequestMapping("/api/v1/cdrs")
@Tag(name = BillingDtos.TAG)
class CdrController {
    /** An export holds at most this many CDRs; a longer period is exported in parts. */
    static final int MAX_EXPORT = 100_000;

    private final Cdrs cdrs;
    private final CreditNotes creditNotes;

    CdrController(Cdrs cdrs, CreditNotes creditNotes) {
        this.cdrs = cdrs;
        this.creditNotes = creditNotes;
    }

    @GetMapping
    @Operation(summary = "CDRs in issue order, by session end in [from, to), account or session",
            responses = @ApiResponse(responseCode = "200", description = "One page", content = @Content(
                    examples = @ExampleObject(value = BillingDtos.CDR_PAGE_EXAMPLE))))
    Page<BillingDtos.CdrResponse> list(@RequestParam(required = false) Instant from,
                                       @RequestParam(required = false) Instant to,
                                       @RequestParam(required = false) UUID accountId,
                                       @RequestParam(required = false) UUID sessionId,
                                       @RequestParam(required = false) UUID after,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        CdrFilter filter = new CdrFilter(from, to, accountId == null ? null : new AccountId(accountId),
                sessionId == null ? null : new SessionId(sessionId), Callers.tenant());
        return Page.of(cdrs.list(filter, after == null ? null : new CdrId(after), limit + 1), limit,
                c -> c.id().toString(), BillingDtos.CdrResponse::of);
    }

    @GetMapping("/export")
    @Operation(summary = "CDRs by session end in [from, to) for ERP: CSV (RFC 4180, header row) or a JSON array",
            responses = @ApiResponse(responseCode = "200", description = "Every CDR of the period", content = {
                    @Content(mediaType = "text/csv", examples = @ExampleObject(value = BillingDtos.CSV_EXAMPLE)),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            examples = @ExampleObject(value = "[" + BillingDtos.CDR_EXAMPLE + "]"))}))
    ResponseEntity<?> export(@RequestParam Instant from, @RequestParam Instant to,
                             @RequestParam(required = false) UUID accountId,
                             @RequestParam(defaultValue = "csv") String format) {
        Export.requireFormat(format);
        CdrFilter filter = new CdrFilter(from, to, accountId == null ? null : new AccountId(accountId), null,
                Callers.tenant());
        List<Cdr> all = Export.all((CdrId after, Integer limit) -> cdrs.list(filter, after, limit), Cdr::id, MAX_EXPORT,
                "CDRs");
        return Export.respond(format, all, BillingDtos.CdrResponse::of, CdrCsv::write, "cdrs.csv");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One CDR with every priced period and line",
            responses = @ApiResponse(responseCode = "200", description = "The CDR", content = @Content(
                    examples = @ExampleObject(value = BillingDtos.CDR_EXAMPLE))))
    BillingDtos.CdrResponse get(@PathVariable UUID id) {
        return BillingDtos.CdrResponse.of(cdrs.find(new CdrId(id)).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/{id}/credit-notes")
    @Operation(summary = "Credit (part of) a CDR; never more than is left to credit",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = BillingDtos.CREDIT_REQUEST_EXAMPLE))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Issued", content = @Content(
                            examples = @ExampleObject(value = BillingDtos.CREDIT_NOTE_EXAMPLE))),
                    @ApiResponse(responseCode = "409", description = "More than is left to credit")})
    ResponseEntity<BillingDtos.CreditNoteResponse> credit(@PathVariable UUID id,
                                                          @Valid @RequestBody BillingDtos.CreditNoteRequest request) {
        Cdr cdr = cdrs.find(new CdrId(id)).orElseThrow(() -> notFound(id));
        Money amount;
        try {
            amount = request.amount() == null ? null : new Money(request.amount(), cdr.totalInclVat().currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("amount", e.getMessage());
        }
        CreditNote note;
        try {
            note = creditNotes.issue(cdr.id(), amount, request.reason());
        } catch (BillingDocumentNotFoundException e) {
            throw notFound(id);
        } catch (CreditNotAllowedException e) {
            throw new ProblemException(ProblemType.CONFLICT, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("amount", e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/v1/cdrs/" + id + "/credit-notes/" + note.id()))
                .body(BillingDtos.CreditNoteResponse.of(note));
    }

    @GetMapping("/{id}/credit-notes")
    @Operation(summary = "The credit notes of a CDR, oldest first",
            responses = @ApiResponse(responseCode = "200", description = "All of them", content = @Content(
                    examples = @ExampleObject(value = "{\"items\": [" + BillingDtos.CREDIT_NOTE_EXAMPLE + "], \"next\": null}"))))
    Page<BillingDtos.CreditNoteResponse> creditNotes(@PathVariable UUID id) {
        cdrs.find(new CdrId(id)).orElseThrow(() -> notFound(id));
        return Page.all(creditNotes.forCdr(new CdrId(id)).stream().map(BillingDtos.CreditNoteResponse::of).toList());
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No CDR " + id);
    }
}
