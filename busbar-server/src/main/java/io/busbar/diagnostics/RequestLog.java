package io.busbar.diagnostics;

import java.time.Instant;

/** Which log and which time window ({@code oldest}..{@code latest}, either may be null = unbounded). */
public record RequestLog(LogType logType, Instant oldest, Instant latest, Integer retries, Integer retryInterval) {
}
