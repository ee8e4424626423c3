/** Bulk jobs in the operator console: the list with live progress, a job with its chargers, starting a job. */
package io.busbar.dashboard.bulk;
