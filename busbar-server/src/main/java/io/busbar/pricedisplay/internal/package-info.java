/** How the price display decides what to show and when, and the memory of what was shown. */
package io.busbar.pricedisplay.internal;
