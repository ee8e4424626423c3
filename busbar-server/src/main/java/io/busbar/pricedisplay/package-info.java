/**
 * The price on the charger's screen, before, during and after a session: the tariff text a driver sees once
 * identified, the running cost and the final cost (OCPP 2.0.1 I01-I03 through answer fields and CostUpdated;
 * OCPP 1.6 through the OCA "California pricing" DataTransfer messages where the charger supports them).
 * Adapters ask {@link io.busbar.pricedisplay.DriverPriceTexts} while building their answers and map the
 * version-neutral commands {@link io.busbar.pricedisplay.ShowTariff}, {@link io.busbar.pricedisplay.ShowRunningCost}
 * and {@link io.busbar.pricedisplay.ShowFinalCost}. Displaying never affects charging or billing.
 * See docs/price-display.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Price display")
package io.busbar.pricedisplay;
