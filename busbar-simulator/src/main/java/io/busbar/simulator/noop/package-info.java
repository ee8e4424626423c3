/** A minimal OCPP-J server that answers everything: test peer and benchmark ceiling. */
package io.busbar.simulator.noop;
