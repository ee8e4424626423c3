/**
 * Tenants: the CPOs (or brands of one CPO) sharing one Busbar, their white-label brand, and what their people and
 * programs may do ({@link io.busbar.tenants.Role roles} and {@link io.busbar.tenants.Scope scopes}). Every resource
 * belongs to one tenant; modules filter by {@link io.busbar.tenants.TenantId} on every query that serves a caller
 * (ADR 0012).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants")
package io.busbar.tenants;
