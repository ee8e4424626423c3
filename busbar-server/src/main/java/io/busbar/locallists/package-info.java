/**
 * Local authorization lists (OCPP 1.6 Local Auth List Management, 2.0.1 functional block D): for every charger an
 * operator opts in, Busbar keeps a copy of the token registry on the charger so it can authorize while offline,
 * sending a full list first and differential updates as tokens change. Never sees an OCPP message.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Local authorization lists")
package io.busbar.locallists;
