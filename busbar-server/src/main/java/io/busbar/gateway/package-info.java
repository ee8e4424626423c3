/**
 * OCPP-J transport: WebSocket endpoint {@code /ocpp/{identity}}, subprotocol negotiation, security
 * profiles, framing and validation, call correlation and liveness. Knows no domain: it talks to the rest
 * of Busbar through the SPI in this package ({@link io.busbar.gateway.InboundHandler},
 * {@link io.busbar.gateway.ChargerAuthenticator}, {@link io.busbar.gateway.InboundGate},
 * {@link io.busbar.gateway.ConnectionListener}) and offers {@link io.busbar.gateway.ChargerLink}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "OCPP gateway")
package io.busbar.gateway;
