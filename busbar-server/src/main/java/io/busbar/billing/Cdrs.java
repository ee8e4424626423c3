package io.busbar.billing;

import io.busbar.accounts.AccountId;
import io.busbar.sessions.SessionId;

import io.busbar.tenants.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Issued CDRs (read side; CDRs are issued by Billing itself when a session ends). */
public interface Cdrs {
    Optional<Cdr> find(CdrId id);

    Optional<Cdr> forSession(SessionId session);

    /** In issue order; {@code after} an exclusive cursor (a CDR id), null for the first page. */
    List<Cdr> list(CdrFilter filter, CdrId after, int limit);

    /**
     * @param from    inclusive lower bound of the session end; null for none
     * @param to      exclusive upper bound of the session end; null for none
     * @param account null for every account
     * @param tenant  only CDRs of this tenant's chargers; null for every tenant (Busbar's own jobs)
     */
    record CdrFilter(Instant from, Instant to, AccountId account, SessionId session, TenantId tenant) {
    }
}
