package io.busbar.webhooks.internal;

import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A listener that records a webhook event right after the publishing transaction commits, on the publishing thread,
 * in a transaction of its own. Like {@code @ApplicationModuleListener} its publication is persisted in the event
 * publication registry (completed when the listener returns, resubmitted at the next start when it did not), but it
 * is not asynchronous: events of one charger are recorded in the order their transactions committed, which is the
 * order their deliveries go out in. (Asynchronous listeners of two quick events can commit in either order.)
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TransactionalEventListener
@Transactional(propagation = Propagation.REQUIRES_NEW)
@interface RecordedAfterCommit {
    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id() default "";
}
