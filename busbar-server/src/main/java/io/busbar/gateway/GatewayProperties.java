package io.busbar.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of the OCPP-J gateway, prefix {@code busbar.ocpp}. Other keys under the same prefix
 * ({@code unknown-chargers}, {@code heartbeat-interval}) belong to other modules and are ignored here.
 *
 * @param pingInterval how often each connection is pinged; {@code 0} disables pings and dead-link detection.
 *                     A connection silent for two intervals is closed as {@code LINK_DEAD}.
 * @param callTimeout  how long a CSMS-initiated CALL may wait for its answer, counted from sending.
 * @param maxFrameSize the largest text frame accepted; larger frames are answered with a CALLERROR.
 */
@ConfigurationProperties("busbar.ocpp")
public record GatewayProperties(
        @DefaultValue("30s") Duration pingInterval,
        @DefaultValue("30s") Duration callTimeout,
        @DefaultValue("64KB") DataSize maxFrameSize) {

    public GatewayProperties {
        if (pingInterval.isNegative()) {
            throw new IllegalArgumentException("busbar.ocpp.ping-interval must not be negative: " + pingInterval);
        }
        if (callTimeout.isNegative() || callTimeout.isZero()) {
            throw new IllegalArgumentException("busbar.ocpp.call-timeout must be positive: " + callTimeout);
        }
        if (maxFrameSize.toBytes() < 1024 || maxFrameSize.toBytes() > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("busbar.ocpp.max-frame-size must be 1KB..1GB: " + maxFrameSize);
        }
    }
}
