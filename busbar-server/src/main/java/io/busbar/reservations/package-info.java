/**
 * Reservations (OCPP 1.6 Reservation profile, 2.0.1 functional block H): an operator reserves an EVSE (or any EVSE
 * of a charger) for one id token until an expiry; Busbar allocates the reservation id, sends ReserveNow, and follows
 * the reservation to its end (used by a session, cancelled, expired, removed by the charger). Never sees an OCPP
 * message: the adapters map the commands and report what chargers say.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reservations")
package io.busbar.reservations;
