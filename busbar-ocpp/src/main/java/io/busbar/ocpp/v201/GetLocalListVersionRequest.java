package io.busbar.ocpp.v201;

/** OCPP 2.0.1 {@code GetLocalListVersion} request (CSMS to charging station). */
public record GetLocalListVersionRequest() {
}
