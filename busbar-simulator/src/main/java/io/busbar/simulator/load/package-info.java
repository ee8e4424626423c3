/** Bounded load generation against loopback OCPP servers, with latency percentiles. */
package io.busbar.simulator.load;
