/** OCPP 1.6J messages as typed records and enums with the spec literals; {@link io.busbar.ocpp.v16.Ocpp16} lists the actions. */
package io.busbar.ocpp.v16;
