/** How Billing issues, stores and renders its documents; not part of the module's API. */
package io.busbar.billing.internal;
