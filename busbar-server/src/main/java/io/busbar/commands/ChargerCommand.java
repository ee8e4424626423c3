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
}
