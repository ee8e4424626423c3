package io.busbar.commands;

/**
 * The charger's answer to a {@link DataTransfer}: Accepted, Rejected, UnknownMessageId or UnknownVendorId, the
 * data it sent back (a string in 1.6; any JSON value in 2.0.1, as maps, lists, strings, numbers) and the 2.0.1
 * statusInfo.
 */
public record DataTransferResult(String status, Object data, String reasonCode, String additionalInfo) {
}
