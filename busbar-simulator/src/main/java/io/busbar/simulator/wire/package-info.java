/** The charger side of OCPP-J: WebSocket connections with one outstanding CALL at a time. No Spring. */
package io.busbar.simulator.wire;
