/**
 * The public REST API under {@code /api/v1} (OpenAPI at {@code /v3/api-docs}): chargers, sites, id tokens,
 * sessions and API keys; bearer API keys; RFC 9457 problem details for every error. An edge module: it calls
 * the domain modules' APIs and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package io.busbar.api;
