/** The machinery of the price calculation: slicing the timeline, choosing elements, step billing, rounding, wording. */
package io.busbar.tariffs.internal;
