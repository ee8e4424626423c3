/** Virtual OCPP 1.6J / 2.0.1 charge points, EVs and charging sessions, speaking only the wire. */
package io.busbar.simulator.chargepoint;
