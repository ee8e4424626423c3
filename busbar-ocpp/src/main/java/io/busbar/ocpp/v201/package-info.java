/**
 * OCPP 2.0.1 messages as records (one per request and response, named {@code <Action>Request}/{@code <Action>Response}),
 * the schemas' shared types and enums, and the {@link io.busbar.ocpp.v201.Ocpp201} action catalog. Field names, types
 * and limits follow the official OCPP 2.0.1 JSON schemas; {@code customData} is left out on purpose.
 */
package io.busbar.ocpp.v201;
