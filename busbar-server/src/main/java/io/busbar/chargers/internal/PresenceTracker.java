package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerPresence;
import io.busbar.chargers.ChargerWentOffline;
import io.busbar.chargers.ChargerWentOnline;
import io.busbar.chargers.RegistrationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Keeps online / offline / last seen on the charger row and appends every transition to the history. */
@Service
class PresenceTracker implements ChargerPresence {
    private static final Logger log = LoggerFactory.getLogger(PresenceTracker.class);
    /** The reason the gateway gives when a new connection of the same identity took over. */
    static final String REPLACED = "replaced";

    private final JdbcClient jdbc;
    private final ChargerPolicyProperties policy;
    private final AcceptedChargers accepted;
    private final LastSeenBuffer lastSeen;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PresenceTracker(JdbcClient jdbc, ChargerPolicyProperties policy, AcceptedChargers accepted,
                    LastSeenBuffer lastSeen, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.accepted = accepted;
        this.lastSeen = lastSeen;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An identity seen for the first time gets a row (registration by the unknown-charger policy) so that every
     * connected charger is visible to operators, even one that never boots. Row and history entry are written by
     * one statement: a connection storm costs one round trip and one commit per charger.
     */
    @Override
    @Transactional
    public void connected(ChargerIdentity identity, String protocol, String remoteAddress, Instant at) {
        Objects.requireNonNull(at, "at");
        String registration = jdbc.sql("""
                        WITH charger AS (
                            INSERT INTO chargers AS c (identity, registration, protocol, online, connected_since,
                                                       last_seen, created_at)
                            VALUES (:identity, :registration, :protocol, true, :at, :at, :now)
                            ON CONFLICT (identity) DO UPDATE
                                SET online          = true,
                                    protocol        = COALESCE(excluded.protocol, c.protocol),
                                    connected_since = excluded.connected_since,
                                    last_seen       = GREATEST(c.last_seen, excluded.last_seen)
                            RETURNING c.identity, c.registration),
                        history AS (
                            INSERT INTO charger_presence_events (charger, online, detail, remote_address, at)
                            SELECT identity, true, :detail, :remoteAddress, :at FROM charger)
                        SELECT registration FROM charger""")
                .param("identity", identity.value())
                .param("registration", policy.registrationOfUnknown().name())
                .param("protocol", protocol)
                .param("detail", protocol == null ? "connected" : "connected with " + protocol)
                .param("remoteAddress", remoteAddress)
                .param("at", Timestamps.toSql(at))
                .param("now", Timestamps.toSql(clock.instant()))
                .query(String.class)
                .single();
        accepted.remember(identity, RegistrationStatus.valueOf(registration));
        events.publishEvent(new ChargerWentOnline(identity, at));
        log.debug("Charger {} online ({}, {})", identity, protocol, remoteAddress);
    }

    /**
     * Ignored when it cannot be the current connection ending: a "replaced" connection (a newer one of the same
     * identity holds the charger, whichever of the two calls arrives first), a disconnect older than the current
     * connection, or a charger already offline.
     */
    @Override
    @Transactional
    public void disconnected(ChargerIdentity identity, String reason, Instant at) {
        Objects.requireNonNull(at, "at");
        if (REPLACED.equalsIgnoreCase(reason)) {
            log.debug("Charger {}: previous connection replaced, stays online", identity);
            return;
        }
        // The charger's unwritten last seen goes with the same statement: it is flushed on disconnect.
        Instant pendingSeen = lastSeen.pending(identity).orElse(at);
        int recorded = jdbc.sql("""
                        WITH charger AS (
                            UPDATE chargers
                               SET online = false, connected_since = NULL, last_seen = GREATEST(last_seen, :at, :seen)
                             WHERE identity = :identity AND online AND connected_since <= :at
                            RETURNING identity)
                        INSERT INTO charger_presence_events (charger, online, detail, remote_address, at)
                        SELECT identity, false, :reason, NULL, :at FROM charger""")
                .param("identity", identity.value())
                .param("at", Timestamps.toSql(at))
                .param("seen", Timestamps.toSql(pendingSeen))
                .param("reason", reason)
                .update();
        lastSeen.written(identity, pendingSeen);
        if (recorded == 0) {
            log.debug("Charger {}: disconnect at {} is not of its current connection, ignored", identity, at);
            return;
        }
        events.publishEvent(new ChargerWentOffline(identity, reason, at));
        log.debug("Charger {} offline ({})", identity, reason);
    }

    /**
     * Held in memory and written with everyone else's by the next periodic flush ({@link LastSeenBuffer}): the row
     * may lag by one flush interval, views on this node do not.
     */
    @Override
    public void seen(ChargerIdentity identity, Instant at) {
        Objects.requireNonNull(at, "at");
        lastSeen.record(identity, at);
    }

    /** Newest first. */
    @Override
    public List<PresenceEvent> history(ChargerIdentity identity, int limit) {
        Limits.check(limit);
        return jdbc.sql("""
                        SELECT online, detail, at FROM charger_presence_events
                         WHERE charger = :identity ORDER BY at DESC, id DESC LIMIT :limit""")
                .param("identity", identity.value())
                .param("limit", limit)
                .query((rs, row) -> new PresenceEvent(identity, rs.getBoolean("online"), rs.getString("detail"),
                        Timestamps.read(rs, "at")))
                .list();
    }
}
