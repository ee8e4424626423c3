/** Binding of OCPP JSON payloads to constrained message records, with the spec's CALLERROR codes on violation. */
package io.busbar.ocpp.schema;
