package io.busbar.payments.internal;

import io.busbar.billing.CdrIssued;
import io.busbar.billing.CreditNoteIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Settles billing's documents. Both listeners are idempotent through the ledger's unique (kind, reference): a
 * redelivered event, or a second CDR for a session whose stop the charger retried, moves no money twice.
 */
@Component
class Settlements {
    private static final Logger log = LoggerFactory.getLogger(Settlements.class);
    private final WalletBook wallets;
    private final TerminalBook terminal;

    Settlements(WalletBook wallets, TerminalBook terminal) {
        this.wallets = wallets;
        this.terminal = terminal;
    }

    @ApplicationModuleListener
    void on(CdrIssued cdr) {
        if (cdr.account() != null) {
            boolean charged = wallets.chargeSession(cdr.account(), cdr.session().toString(), cdr.total(),
                    "CDR " + cdr.cdr());
            log.info("CDR {} of session {}: {} {}", cdr.cdr(), cdr.session(), cdr.total(),
                    charged ? "charged to account " + cdr.account() : "already charged (or free)");
        } else if (cdr.idTokenValue() != null && terminal.capture(cdr.idTokenValue(), cdr.session(), cdr.total())) {
            log.info("CDR {} of session {}: ad hoc payment settled for {}", cdr.cdr(), cdr.session(), cdr.total());
        } else {
            log.info("CDR {} of session {} has no account and no ad hoc payment: nothing to settle", cdr.cdr(),
                    cdr.session());
        }
    }

    @ApplicationModuleListener
    void on(CreditNoteIssued note) {
        if (note.account() == null) {
            // Ad hoc card refunds go back through the provider's own dashboard for now (docs/payments.md).
            log.warn("Credit note {} for CDR {} has no account: refund the card payment at the provider",
                    note.creditNote(), note.cdr());
            return;
        }
        wallets.refund(note.account(), note.creditNote().toString(), note.amount(), note.reason());
    }
}
