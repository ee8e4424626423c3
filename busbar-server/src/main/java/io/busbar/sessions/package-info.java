/**
 * Charging sessions (one per transaction) as a small state machine, and the meter readings of each as a time
 * series. Idempotent against retried and offline-queued messages: the same transaction is one session with
 * the right energy however often and in whatever order its messages arrive. Never sees an OCPP message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions")
package io.busbar.sessions;
