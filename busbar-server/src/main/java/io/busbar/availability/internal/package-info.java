/** The live store behind {@link io.busbar.availability.AvailabilityFeed}: per-tenant views, replay, recompute workers. */
package io.busbar.availability.internal;
