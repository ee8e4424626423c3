/**
 * OCPI 2.2.1 Tariff objects as they travel on the wire (snake_case JSON) and their mapping to and from the
 * Busbar tariff model. Exposed for the roaming module.
 */
@org.springframework.modulith.NamedInterface("ocpi")
package io.busbar.tariffs.ocpi;
