package io.busbar.locallists.internal;

import io.busbar.authorization.TokenRecord;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerRegistry;
import io.busbar.commands.ChargerCommands;
import io.busbar.commands.CommandErrorException;
import io.busbar.commands.CommandException;
import io.busbar.commands.CommandStatus;
import io.busbar.commands.InvalidCommandException;
import io.busbar.locallists.GetLocalListVersion;
import io.busbar.locallists.LocalListState;
import io.busbar.locallists.LocalLists;
import io.busbar.locallists.SendLocalList.Entry;
import io.busbar.locallists.SendLocalList.UpdateType;
import io.busbar.locallists.SendLocalList;
import io.busbar.locallists.SyncState;
import io.busbar.tenants.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends local-list updates, one at a time per charger (a lock per charger on this node), through the unaudited
 * {@link ChargerCommands} port: this is Busbar's own upkeep, and its outcome is kept here. A differential update
 * is sent only to a charger that accepted everything before; a refused one (VersionMismatch, Failed) is followed
 * at once by a FULL list (OCPP 1.6 §5.15: the Central System SHOULD then send the full list).
 */
@Service
class LocalListSync implements LocalLists {
    private static final Logger log = LoggerFactory.getLogger(LocalListSync.class);
    private static final Set<String> UNSUPPORTED_ERRORS = Set.of("NotSupported", "NotImplemented");
    private final LocalListBook book;
    private final TokenEntries entries;
    private final ChargerCommands commands;
    private final ChargerRegistry chargers;
    private final Clock clock;
    private final Map<ChargerIdentity, ReentrantLock> locks = new ConcurrentHashMap<>();

    LocalListSync(LocalListBook book, TokenEntries entries, ChargerCommands commands, ChargerRegistry chargers,
                  Clock clock) {
        this.book = book;
        this.entries = entries;
        this.commands = commands;
        this.chargers = chargers;
        this.clock = clock;
    }

    @Override
    public LocalListState state(ChargerIdentity charger) {
        requireCharger(charger);
        return book.find(charger).orElseGet(() -> LocalListState.never(charger));
    }

    @Override
    public LocalListState enable(ChargerIdentity charger, boolean enabled) {
        requireCharger(charger);
        return locked(charger, () -> {
            book.setEnabled(charger, enabled, clock.instant());
            send(charger, UpdateType.FULL, enabled ? entries.all(tenantOf(charger), clock.instant()) : List.of());
        });
    }

    @Override
    public LocalListState synchronize(ChargerIdentity charger) {
        requireCharger(charger);
        return locked(charger, () -> {
            if (book.find(charger).map(LocalListState::enabled).orElse(false)) {
                send(charger, UpdateType.FULL, entries.all(tenantOf(charger), clock.instant()));
            }
        });
    }

    @Override
    public LocalListState queryVersion(ChargerIdentity charger) {
        requireCharger(charger);
        int version = commands.send(charger, new GetLocalListVersion()).result();
        book.reported(charger, version, clock.instant());
        return state(charger);
    }

    /**
     * A token changed: every enabled charger of the token's tenant gets it as a differential update (or a full list
     * when behind); other tenants' chargers never hear of it.
     */
    void tokenChanged(TokenRecord token) {
        for (ChargerIdentity charger : book.enabledChargers()) {
            if (!tenantOf(charger).equals(token.tenant())) {
                continue;
            }
            locked(charger, () -> {
                LocalListState state = book.find(charger).orElseThrow();
                if (!state.enabled() || state.syncState() == SyncState.NOT_SUPPORTED) {
                    return;
                }
                if (state.syncState() != SyncState.IN_SYNC) {
                    send(charger, UpdateType.FULL, entries.all(tenantOf(charger), clock.instant()));
                    return;
                }
                if (!send(charger, UpdateType.DIFFERENTIAL, List.of(TokenEntries.entry(token, clock.instant())))) {
                    send(charger, UpdateType.FULL, entries.all(tenantOf(charger), clock.instant()));
                }
            });
        }
    }

    /** The charger is back: a full list if it missed anything. */
    void cameOnline(ChargerIdentity charger) {
        locked(charger, () -> book.find(charger)
                .filter(state -> state.enabled() && state.syncState() == SyncState.OUT_OF_SYNC)
                .ifPresent(state -> send(charger, UpdateType.FULL, entries.all(tenantOf(charger), clock.instant()))));
    }

    private TenantId tenantOf(ChargerIdentity charger) {
        return chargers.tenantOf(charger).orElse(TenantId.DEFAULT);
    }

    /** Sends one update and records its outcome; true when the charger accepted it. */
    private boolean send(ChargerIdentity charger, UpdateType type, List<Entry> list) {
        int version = book.nextVersion(charger, clock.instant());
        boolean enabled = book.find(charger).map(LocalListState::enabled).orElse(false);
        SendLocalList command = new SendLocalList(version, type, list);
        try {
            CommandStatus answer = commands.send(charger, command).result();
            boolean accepted = answer.accepted();
            SyncState state = !enabled ? null : accepted ? SyncState.IN_SYNC
                    : "NotSupported".equals(answer.status()) ? SyncState.NOT_SUPPORTED : SyncState.OUT_OF_SYNC;
            book.attempted(charger, type, version, list.size(), answer.status(), answer.reasonCode(), accepted,
                    state, clock.instant());
            log.info("Local list {} v{} ({} entries) to {}: {}", type, version, list.size(), charger, answer.status());
            return accepted;
        } catch (CommandException e) {
            boolean unsupported = e instanceof CommandErrorException error
                    && UNSUPPORTED_ERRORS.contains(error.errorCode());
            book.attempted(charger, type, version, list.size(), e.failure().name(), e.getMessage(), false,
                    !enabled ? null : unsupported ? SyncState.NOT_SUPPORTED : SyncState.OUT_OF_SYNC, clock.instant());
            log.info("Local list {} v{} to {} not delivered: {}", type, version, charger, e.getMessage());
            return false;
        } catch (InvalidCommandException e) {
            book.attempted(charger, type, version, list.size(), "INVALID", e.getMessage(), false,
                    enabled ? SyncState.OUT_OF_SYNC : null, clock.instant());
            log.warn("Local list {} v{} to {} cannot be sent: {}", type, version, charger, e.getMessage());
            return false;
        }
    }

    private LocalListState locked(ChargerIdentity charger, Runnable work) {
        ReentrantLock lock = locks.computeIfAbsent(charger, c -> new ReentrantLock());
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
        return book.find(charger).orElseGet(() -> LocalListState.never(charger));
    }

    private void requireCharger(ChargerIdentity charger) {
        chargers.require(charger);
    }
}
