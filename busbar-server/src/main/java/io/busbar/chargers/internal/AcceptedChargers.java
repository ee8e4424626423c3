package io.busbar.chargers.internal;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.RegistrationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identities whose registration is ACCEPTED, held in memory because the question is asked before every
 * inbound message. Only acceptance is cached: a charger not in the set is looked up in the database (and added
 * when accepted there), so an approval made on another node is seen at once. A rejection made on another node
 * reaches this node at the charger's next boot, which is answered from the database and refreshes the set.
 */
@Component
class AcceptedChargers {
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final JdbcClient jdbc;

    AcceptedChargers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isAccepted(ChargerIdentity identity) {
        if (accepted.contains(identity.value())) {
            return true;
        }
        boolean acceptedInDatabase = jdbc.sql("SELECT registration FROM chargers WHERE identity = :identity")
                .param("identity", identity.value())
                .query(String.class)
                .optional()
                .map(RegistrationStatus.ACCEPTED.name()::equals)
                .orElse(false);
        if (acceptedInDatabase) {
            accepted.add(identity.value());
        }
        return acceptedInDatabase;
    }

    /** Records a registration once the current transaction commits (at once when there is none). */
    void remember(ChargerIdentity identity, RegistrationStatus status) {
        Runnable update = () -> {
            if (status == RegistrationStatus.ACCEPTED) {
                accepted.add(identity.value());
            } else {
                accepted.remove(identity.value());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }
}
