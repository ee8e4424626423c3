/**
 * Webhooks: a tenant's subscriptions to version-neutral events (charger online/offline/status, session
 * started/updated/ended, CDR issued, alert raised, fault opened/closed), each event recorded once from the persisted
 * event publication registry (a transactional outbox) and delivered signed, at least once, in order per charger and
 * subscription, retried with backoff until DEAD, every attempt in a delivery log with replay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package io.busbar.webhooks;
