/**
 * Predictive maintenance: from measurements chargers already send (connector/body temperature, voltage per phase,
 * current, power, SoC) and from fault history, a per-EVSE risk score with the evidence behind it. Publishes
 * {@link io.busbar.predictive.FailurePredicted} when an EVSE crosses the warning threshold, so a ticket is opened
 * before the failure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Predictive maintenance")
package io.busbar.predictive;
