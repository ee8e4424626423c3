/**
 * The operator console under {@code /console}: server-rendered pages (Thymeleaf + htmx, charts and map from
 * WebJars, no Node build). An edge module and a client of the public REST API like any integrator's app: every
 * page reads and every form writes through {@code /api/v1} on this node's own loopback address with the signed-in
 * user's session token, so the console can never see or do more than the API lets that user (same roles, scopes,
 * tenant isolation, validation and audit). ADR 0015.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operator console")
package io.busbar.dashboard;
