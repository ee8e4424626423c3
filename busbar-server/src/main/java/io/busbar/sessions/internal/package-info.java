/** How sessions are kept: the session aggregate, its tables, and the services behind the module's API. */
package io.busbar.sessions.internal;
