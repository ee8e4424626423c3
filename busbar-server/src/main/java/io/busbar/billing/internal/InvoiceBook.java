package io.busbar.billing.internal;

import io.busbar.accounts.Account;
import io.busbar.accounts.AccountId;
import io.busbar.accounts.Accounts;
import io.busbar.billing.BillingDocumentNotFoundException;
import io.busbar.billing.Cdr;
import io.busbar.billing.CdrId;
import io.busbar.billing.CreditNote;
import io.busbar.billing.Invoice;
import io.busbar.billing.InvoiceId;
import io.busbar.billing.InvoiceLine;
import io.busbar.billing.Invoices;
import io.busbar.billing.NothingToInvoiceException;
import io.busbar.billing.VatAmount;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.platform.units.Energy;
import io.busbar.tariffs.Money;
import io.busbar.tenants.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.busbar.billing.internal.SqlValues.at;
import static io.busbar.billing.internal.SqlValues.instant;
import static io.busbar.billing.internal.SqlValues.money;

/**
 * The invoices and invoice_lines tables. An invoice takes every CDR and credit note of its account and period that
 * no earlier invoice holds; unique keys on invoice_lines make "at most one invoice per document" a database rule.
 */
@Service
class InvoiceBook implements Invoices {
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final CdrBook cdrs;
    private final DocumentNumbers numbers;
    private final InvoicePdf pdf;
    private final Clock clock;

    InvoiceBook(JdbcClient jdbc, Accounts accounts, CdrBook cdrs, DocumentNumbers numbers, InvoicePdf pdf, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.cdrs = cdrs;
        this.numbers = numbers;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Invoice issue(AccountId accountId, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period's end must be after its start");
        }
        Account account = accounts.require(accountId);
        Instant now = clock.instant();
        // one invoice at a time: two issues for one account cannot both take the same CDR (the unique keys back this up)
        numbers.lock(DocumentNumbers.Kind.INV, now);
        Currency currency = account.currency();
        List<UUID> cdrIds = jdbc.sql("""
                        SELECT c.id FROM cdrs c
                        WHERE c.account_id = :account AND c.ended_at >= :from AND c.ended_at < :to AND c.currency = :currency
                          AND NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.cdr_id = c.id)
                        ORDER BY c.ended_at, c.seq""")
                .param("account", accountId.value()).param("from", at(from)).param("to", at(to))
                .param("currency", currency.getCurrencyCode()).query(UUID.class).list();
        List<UUID> noteIds = jdbc.sql("""
                        SELECT n.id FROM credit_notes n
                        WHERE n.account_id = :account AND n.issued_at >= :from AND n.issued_at < :to AND n.currency = :currency
                          AND NOT EXISTS (SELECT 1 FROM invoice_lines l WHERE l.credit_note_id = n.id)
                        ORDER BY n.issued_at, n.seq""")
                .param("account", accountId.value()).param("from", at(from)).param("to", at(to))
                .param("currency", currency.getCurrencyCode()).query(UUID.class).list();
        if (cdrIds.isEmpty() && noteIds.isEmpty()) {
            throw new NothingToInvoiceException("Account " + accountId + " has nothing to invoice in [" + from + ", " + to + ")");
        }
        List<Cdr> invoicedCdrs = cdrIds.stream().map(id -> cdrs.find(new CdrId(id)).orElseThrow()).toList();
        List<CreditNote> notes = creditNotes(noteIds);
        List<VatAmount> vat = new ArrayList<>();
        invoicedCdrs.forEach(cdr -> vat.addAll(cdr.vatSplit()));
        notes.forEach(note -> note.vatSplit().forEach(part -> vat.add(part.negated())));
        List<VatAmount> summary = VatSplit.summed(vat);
        Money zero = Money.zero(currency);
        Money excl = summary.stream().map(VatAmount::exclVat).reduce(zero, Money::plus);
        Money vatTotal = summary.stream().map(VatAmount::vat).reduce(zero, Money::plus);
        Money incl = summary.stream().map(VatAmount::inclVat).reduce(zero, Money::plus);

        InvoiceId id = new InvoiceId(UUID.randomUUID());
        jdbc.sql("""
                        INSERT INTO invoices (id, number, account_id, period_from, period_to, currency, vat_summary,
                                              total_excl_vat, total_vat, total_incl_vat, issued_at)
                        VALUES (:id, :number, :account, :from, :to, :currency, :summary::jsonb, :excl, :vat, :incl, :issued)""")
                .param("id", id.value()).param("number", numbers.next(DocumentNumbers.Kind.INV, now))
                .param("account", accountId.value()).param("from", at(from)).param("to", at(to))
                .param("currency", currency.getCurrencyCode()).param("summary", BillingJson.write(summary))
                .param("excl", excl.amount()).param("vat", vatTotal.amount()).param("incl", incl.amount())
                .param("issued", at(now))
                .update();
        int position = 0;
        for (UUID cdr : cdrIds) {
            insertLine(id, ++position, cdr, null);
        }
        for (UUID note : noteIds) {
            insertLine(id, ++position, null, note);
        }
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Invoice> find(InvoiceId id) {
        return jdbc.sql("SELECT * FROM invoices WHERE id = :id").param("id", id.value()).query(this::header).optional()
                .map(header -> header.withLines(lines(header.id(), header.currency())));
    }

    @Override
    public List<Invoice> list(TenantId tenant, AccountId account, Instant from, Instant to, InvoiceId after,
                              int limit) {
        return jdbc.sql("""
                        SELECT * FROM invoices i
                        WHERE (:tenant::uuid IS NULL OR EXISTS (SELECT 1 FROM accounts a
                               WHERE a.id = i.account_id AND a.tenant_id = :tenant))
                          AND (:account::uuid IS NULL OR i.account_id = :account)
                          AND (:from::timestamptz IS NULL OR i.period_from >= :from)
                          AND (:to::timestamptz IS NULL OR i.period_from < :to)
                          AND (:after::uuid IS NULL OR i.seq > (SELECT seq FROM invoices WHERE id = :after))
                        ORDER BY i.seq LIMIT :limit""")
                .param("tenant", tenant == null ? null : tenant.value())
                .param("account", account == null ? null : account.value()).param("from", at(from)).param("to", at(to))
                .param("after", after == null ? null : after.value()).param("limit", limit)
                .query(this::header).list().stream()
                .map(header -> header.withLines(lines(header.id(), header.currency()))).toList();
    }

    @Override
    public byte[] pdf(InvoiceId id) {
        Invoice invoice = find(id).orElseThrow(() -> new BillingDocumentNotFoundException("No invoice " + id));
        return pdf.render(invoice, accounts.require(invoice.account()));
    }

    private void insertLine(InvoiceId invoice, int position, UUID cdr, UUID creditNote) {
        jdbc.sql("INSERT INTO invoice_lines (invoice_id, position, cdr_id, credit_note_id) VALUES (:invoice, :position, :cdr, :note)")
                .param("invoice", invoice.value()).param("position", position).param("cdr", cdr).param("note", creditNote)
                .update();
    }

    private List<CreditNote> creditNotes(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CreditNote> byId = jdbc.sql(CreditNoteBook.SELECT + " WHERE n.id IN (:ids)").param("ids", ids)
                .query(CreditNoteBook::map).list().stream()
                .collect(Collectors.toMap(note -> note.id().value(), Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private List<InvoiceLine> lines(InvoiceId invoice, Currency currency) {
        return jdbc.sql("""
                        SELECT l.position, c.id AS cdr_id, c.number AS cdr_number, c.ended_at, c.charger_identity, c.evse_id,
                               c.energy_wh, c.total_excl_vat, c.total_vat, c.total_incl_vat,
                               n.id AS note_id, n.number AS note_number, n.issued_at AS note_issued_at, n.amount, n.vat,
                               n.reason, nc.number AS credited_number, nc.charger_identity AS credited_charger
                        FROM invoice_lines l
                        LEFT JOIN cdrs c ON c.id = l.cdr_id
                        LEFT JOIN credit_notes n ON n.id = l.credit_note_id
                        LEFT JOIN cdrs nc ON nc.id = n.cdr_id
                        WHERE l.invoice_id = :invoice ORDER BY l.position""")
                .param("invoice", invoice.value())
                .query((rs, row) -> line(rs, currency)).list();
    }

    private static InvoiceLine line(ResultSet rs, Currency currency) throws SQLException {
        UUID cdr = rs.getObject("cdr_id", UUID.class);
        if (cdr != null) {
            Energy energy = Energy.ofWattHours(rs.getLong("energy_wh"));
            ChargerIdentity charger = new ChargerIdentity(rs.getString("charger_identity"));
            return new InvoiceLine(InvoiceLine.Kind.CDR, cdr, rs.getString("cdr_number"), instant(rs, "ended_at"), charger,
                    energy, "Charging at " + charger.value() + " EVSE " + rs.getInt("evse_id") + ", "
                    + energy.kilowattHours().toPlainString() + " kWh",
                    money(rs, "total_excl_vat", currency), money(rs, "total_vat", currency),
                    money(rs, "total_incl_vat", currency));
        }
        Money amount = money(rs, "amount", currency);
        Money vat = money(rs, "vat", currency);
        return new InvoiceLine(InvoiceLine.Kind.CREDIT_NOTE, rs.getObject("note_id", UUID.class), rs.getString("note_number"),
                instant(rs, "note_issued_at"), new ChargerIdentity(rs.getString("credited_charger")), Energy.ZERO,
                "Credit for " + rs.getString("credited_number") + ": " + rs.getString("reason"),
                negated(amount.minus(vat)), negated(vat), negated(amount));
    }

    private static Money negated(Money money) {
        return new Money(money.amount().negate(), money.currency());
    }

    private Header header(ResultSet rs, int row) throws SQLException {
        Currency currency = SqlValues.currency(rs);
        return new Header(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new AccountId(rs.getObject("account_id", UUID.class)), instant(rs, "period_from"), instant(rs, "period_to"),
                currency, BillingJson.vatAmounts(rs.getString("vat_summary")), money(rs, "total_excl_vat", currency),
                money(rs, "total_vat", currency), money(rs, "total_incl_vat", currency), instant(rs, "issued_at"));
    }

    private record Header(InvoiceId id, String number, AccountId account, Instant from, Instant to, Currency currency,
                          List<VatAmount> summary, Money excl, Money vat, Money incl, Instant issuedAt) {
        Invoice withLines(List<InvoiceLine> lines) {
            return new Invoice(id, number, account, from, to, currency, lines, summary, excl, vat, incl, issuedAt);
        }
    }
}
