/**
 * The demo fleet ({@code bin/busbar --demo}): a demo site, chargers and cards are set up, then simulated 1.6 and
 * 2.0.1 chargers connect to this very Busbar over real WebSockets and charge simulated EVs, so a newcomer sees
 * live data in the REST API within a minute. An edge module: it uses the chargers and authorization APIs and the
 * simulator library; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo fleet")
package io.busbar.demo;
