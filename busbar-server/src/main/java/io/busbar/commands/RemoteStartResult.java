package io.busbar.commands;

/**
 * The charger's answer to a {@link RemoteStart}: Accepted or Rejected, the 2.0.1 transactionId when the
 * transaction had already started (2.0.1 F01: cable plugged in first; otherwise null), and the 2.0.1 statusInfo.
 * Accepted means the charger will try: the session appears when the charger reports the transaction.
 */
public record RemoteStartResult(String status, String transactionId, String reasonCode, String additionalInfo) {
}
