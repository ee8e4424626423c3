package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.sessions.SessionId;
import io.busbar.tariffs.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A CDR was issued for a finished session (published once per CDR, inside the transaction that stored it).
 *
 * @param account      the account the session's token charges on; null when it charges on none
 * @param idTokenValue the token the session was started with (to find an ad hoc payment authorization); may be null
 * @param total        what the driver owes for the session, VAT included; never negative
 */
public record CdrIssued(CdrId cdr, SessionId session, AccountId account, String idTokenValue, Money total,
                        Instant issuedAt) {
    public CdrIssued {
        Objects.requireNonNull(cdr, "cdr");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (total.isNegative()) {
            throw new IllegalArgumentException("a CDR total is never negative");
        }
    }
}
