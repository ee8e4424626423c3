package io.busbar.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a reaction once the current transaction has committed, or at once when there is none. For cheap, in-memory
 * reactions to events (a timer scheduled, a cache dropped, a debounced round requested): unlike a
 * {@code @TransactionalEventListener}, it writes no row to the event publication registry, which costs two
 * statements per event and listener (insert, completion) and starved the connection pool in boot storms.
 * Nothing runs when the transaction rolls back.
 */
public final class AfterCommit {
    private AfterCommit() {
    }

    public static void run(Runnable reaction) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            reaction.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reaction.run();
            }
        });
    }
}
