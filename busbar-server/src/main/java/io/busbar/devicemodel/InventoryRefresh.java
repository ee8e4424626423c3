package io.busbar.devicemodel;

/**
 * The outcome of asking a charger for its whole inventory. OCPP 1.6: {@code status} Accepted and
 * {@code summary} of the stored inventory (it is complete). OCPP 2.0.1: {@code requestId} of the GetBaseReport and
 * the charger's answer; when Accepted the inventory is replaced once the report's last part arrives.
 */
public record InventoryRefresh(Integer requestId, String status, boolean complete, InventorySummary summary) {
}
