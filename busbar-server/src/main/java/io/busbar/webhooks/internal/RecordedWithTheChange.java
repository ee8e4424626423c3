package io.busbar.webhooks.internal;

import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A listener that records a webhook event inside the transaction that publishes the domain event, just before it
 * commits, on its connection: the webhook event commits with the change or not at all (a transactional outbox), and
 * the events of one charger are recorded in the order their changes commit, which is the order their deliveries go
 * out in.
 *
 * <p>Why not an {@code @ApplicationModuleListener} (asynchronous, after commit, in a transaction of its own)? Two
 * quick events of one charger are then recorded by two threads in either order, which breaks the order per charger;
 * and a synchronous after-commit listener with a transaction of its own needs a second pooled connection while the
 * publisher still holds its first: 500 chargers connecting at once starve the pool (seen in BulkJobTest).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
@interface RecordedWithTheChange {
}
