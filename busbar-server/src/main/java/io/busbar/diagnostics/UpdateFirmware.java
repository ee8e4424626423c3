package io.busbar.diagnostics;

import io.busbar.commands.ChargerCommand;
import io.busbar.commands.CommandStatus;

import java.time.Instant;

/**
 * Tells the charger to fetch firmware from {@code location} at {@code retrieveAt} and install it (OCPP 1.6 §5.16
 * UpdateFirmware, 2.0.1 L01/L02 UpdateFirmware). {@code requestId}, {@code installAt}, {@code signingCertificate}
 * and {@code signature} exist only in 2.0.1 ({@code requestId} is required there); a 1.6 charger gets an
 * {@link io.busbar.commands.InvalidCommandException} for the last three. A 1.6 charger's answer has no status: it is
 * reported as {@code Accepted}.
 */
public record UpdateFirmware(String location, Instant retrieveAt, Integer retries, Integer retryIntervalSeconds,
                             Integer requestId, Instant installAt, String signingCertificate, String signature)
        implements ChargerCommand<CommandStatus> {

    /** The download link may carry a token (Busbar's) or credentials (an operator's URL): masked in the audit log. */
    @Override
    public UpdateFirmware forAudit() {
        return new UpdateFirmware(io.busbar.commands.SecretUrls.mask(location), retrieveAt, retries,
                retryIntervalSeconds, requestId, installAt, signingCertificate, signature);
    }

    /** True when the 2.0.1 secure firmware update fields are given (L01). */
    public boolean signed() {
        return signature != null || signingCertificate != null;
    }
}
