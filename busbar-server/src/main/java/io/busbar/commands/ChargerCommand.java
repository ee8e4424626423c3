package io.busbar.commands;

/**
 * A version-neutral instruction to one charger whose answer is an {@code R}. Implementations are records whose
 * components are plain JSON-mappable values, so a command can be stored (audit log, bulk jobs) and rebuilt by
 * {@link CommandTypes}. A protocol version that has no such operation answers
 * {@link CommandNotSupportedException}.
 */
public interface ChargerCommand<R> {
    /** The stable name of this kind of command (e.g. {@code Reset}), as registered in {@link CommandTypes}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * This command as it may be written to the audit log and shown to operators: commands that carry credentials
     * (one-time upload or download links, passwords in URLs) return a copy with them masked (see
     * {@link SecretUrls}). The command sent to the charger is always the original.
     */
    default ChargerCommand<R> forAudit() {
        return this;
    }
}
