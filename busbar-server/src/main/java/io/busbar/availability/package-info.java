/**
 * Real-time public availability (issue 7): per tenant, the locations (sites) with their EVSEs and connectors as a
 * driver sees them (an OCPI-like {@link io.busbar.availability.PublicStatus}, plug type, maximum power, price), kept
 * in memory and updated within seconds of a status change, a charger going offline or a fault; plus a stream of
 * those changes with a bounded replay buffer. {@link io.busbar.availability.AvailabilityFeed} is the entry point
 * for the public feed and the driver API. Reads the chargers, faults, device model and tariffs; never OCPP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public availability")
package io.busbar.availability;
