package io.busbar.diagnostics.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param progressTimeout an unfinished update with no news for this long (counted from its last news, its
 *                        retrieveAt or installAt, whichever is latest) becomes TIMED_OUT
 * @param sweepInterval   how often timeouts and installed versions are checked
 */
@ConfigurationProperties("busbar.firmware")
record FirmwareProperties(@DefaultValue("2h") Duration progressTimeout, @DefaultValue("30s") Duration sweepInterval) {
}
