package io.busbar.commands;

/** A command that was answered, with its place in the audit log. */
public record Audited<R>(CommandId id, R result, CommandOutcome<R> outcome) {
}
