package io.busbar.locallists;

import io.busbar.commands.ChargerCommand;

/**
 * Asks the version of the charger's local list (OCPP 1.6 §5.10, 2.0.1 D02). Answer: the version; 0 for an empty
 * list, -1 (1.6) when the charger has no local list support.
 */
public record GetLocalListVersion() implements ChargerCommand<Integer> {
}
