package io.busbar.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Gap-free document numbers ({@code CDR-2026-000001}) per kind and calendar year (UTC). The counter row is locked
 * until the issuing transaction ends: a document that is not stored (rollback) gives its number back, and documents
 * of one kind are issued one at a time (a few per second at most; the lock is held for one short transaction).
 */
@Component
class DocumentNumbers {
    enum Kind { CDR, CN, INV }

    private final JdbcClient jdbc;

    DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the counter of the kind and year of {@code at}; call first, then check for duplicates, then {@link #next}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(Kind kind, Instant at) {
        int year = at.atZone(ZoneOffset.UTC).getYear();
        jdbc.sql("INSERT INTO billing_numbers (kind, year, last) VALUES (:kind, :year, 0) ON CONFLICT DO NOTHING")
                .param("kind", kind.name()).param("year", year).update();
        jdbc.sql("SELECT last FROM billing_numbers WHERE kind = :kind AND year = :year FOR UPDATE")
                .param("kind", kind.name()).param("year", year).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Kind kind, Instant at) {
        lock(kind, at);
        int year = at.atZone(ZoneOffset.UTC).getYear();
        long number = jdbc.sql("UPDATE billing_numbers SET last = last + 1 WHERE kind = :kind AND year = :year RETURNING last")
                .param("kind", kind.name()).param("year", year).query(Long.class).single();
        return "%s-%d-%06d".formatted(kind.name(), year, number);
    }
}
