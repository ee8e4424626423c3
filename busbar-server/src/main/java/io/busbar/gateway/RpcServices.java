package io.busbar.gateway;

import io.busbar.ocpp.rpc.RpcCodec;
import io.busbar.ocpp.schema.PayloadBinder;

import java.time.Duration;

/** What every connection shares to speak RPC; held once so that per-connection state stays small. */
record RpcServices(RpcCodec codec, PayloadBinder binder, GatewayTimers timers, Duration callTimeout) {
}
