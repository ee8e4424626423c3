/**
 * Self-healing: declarative playbooks per fault type (soft reset, wait for recovery, hard reset, unlock, mark the
 * EVSE unavailable, hand over to a human), each step verifying recovery before the next, rate-limited per charger,
 * never interrupting a session that charges normally, every action and outcome recorded. Publishes
 * {@link io.busbar.selfhealing.HumanNeeded} when software cannot fix it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-healing")
package io.busbar.selfhealing;
