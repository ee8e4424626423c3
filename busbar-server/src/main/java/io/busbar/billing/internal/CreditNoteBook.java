package io.busbar.billing.internal;

import io.busbar.accounts.AccountId;
import io.busbar.billing.BillingDocumentNotFoundException;
import io.busbar.billing.Cdr;
import io.busbar.billing.CdrId;
import io.busbar.billing.CreditNotAllowedException;
import io.busbar.billing.CreditNote;
import io.busbar.billing.CreditNoteId;
import io.busbar.billing.CreditNoteIssued;
import io.busbar.billing.CreditNotes;
import io.busbar.billing.VatAmount;
import io.busbar.tariffs.Money;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static io.busbar.billing.internal.SqlValues.at;
import static io.busbar.billing.internal.SqlValues.instant;
import static io.busbar.billing.internal.SqlValues.money;

/**
 * The credit_notes table. A credit note never gives back more than is left on its CDR: checked here (under a lock
 * on the CDR row) for a clear answer, and again by a database trigger.
 */
@Service
class CreditNoteBook implements CreditNotes {
    static final String SELECT = "SELECT n.*, c.number AS cdr_number FROM credit_notes n JOIN cdrs c ON c.id = n.cdr_id";

    private final JdbcClient jdbc;
    private final CdrBook cdrs;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreditNoteBook(JdbcClient jdbc, CdrBook cdrs, DocumentNumbers numbers, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cdrs = cdrs;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CreditNote issue(CdrId cdrId, Money amount, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a credit note needs a reason");
        }
        Cdr cdr = cdrs.lockForCredit(cdrId).orElseThrow(() -> new BillingDocumentNotFoundException("No CDR " + cdrId));
        Money left = cdr.creditable();
        Money credit = amount == null ? left : amount;
        if (!credit.currency().equals(left.currency())) {
            throw new IllegalArgumentException("CDR " + cdr.number() + " is in " + left.currency() + ", not " + credit.currency());
        }
        if (credit.amount().signum() <= 0) {
            throw amount == null
                    ? new CreditNotAllowedException("CDR " + cdr.number() + " has nothing left to credit")
                    : new IllegalArgumentException("a credit note is for a positive amount");
        }
        if (credit.compareTo(left) > 0) {
            throw new CreditNotAllowedException("CDR " + cdr.number() + " has " + left + " left to credit, not " + credit);
        }
        List<VatAmount> remaining = VatSplit.remaining(cdr.vatSplit(),
                forCdr(cdrId).stream().flatMap(note -> note.vatSplit().stream()).toList());
        List<VatAmount> split = VatSplit.allocate(credit, remaining);
        Money vat = split.stream().map(VatAmount::vat).reduce(Money.zero(credit.currency()), Money::plus);
        Instant now = clock.instant();
        CreditNote note = new CreditNote(new CreditNoteId(UUID.randomUUID()), numbers.next(DocumentNumbers.Kind.CN, now),
                cdrId, cdr.number(), cdr.account(), credit, vat, split, reason.strip(), now);
        jdbc.sql("""
                        INSERT INTO credit_notes (id, number, cdr_id, account_id, currency, amount, vat, vat_split, reason, issued_at)
                        VALUES (:id, :number, :cdr, :account, :currency, :amount, :vat, :split::jsonb, :reason, :issued)""")
                .param("id", note.id().value()).param("number", note.number()).param("cdr", cdrId.value())
                .param("account", note.account() == null ? null : note.account().value())
                .param("currency", credit.currency().getCurrencyCode()).param("amount", credit.amount())
                .param("vat", vat.amount()).param("split", BillingJson.write(split)).param("reason", note.reason())
                .param("issued", at(now))
                .update();
        events.publishEvent(new CreditNoteIssued(note.id(), cdrId, note.account(), credit, note.reason(), now));
        return note;
    }

    @Override
    public List<CreditNote> forCdr(CdrId cdr) {
        return jdbc.sql(SELECT + " WHERE n.cdr_id = :cdr ORDER BY n.seq").param("cdr", cdr.value()).query(CreditNoteBook::map).list();
    }

    static CreditNote map(ResultSet rs, int row) throws SQLException {
        Currency currency = SqlValues.currency(rs);
        UUID account = rs.getObject("account_id", UUID.class);
        return new CreditNote(new CreditNoteId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new CdrId(rs.getObject("cdr_id", UUID.class)), rs.getString("cdr_number"),
                account == null ? null : new AccountId(account), money(rs, "amount", currency), money(rs, "vat", currency),
                BillingJson.vatAmounts(rs.getString("vat_split")), rs.getString("reason"), instant(rs, "issued_at"));
    }
}
