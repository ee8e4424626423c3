package io.busbar.uptime;

/** Computes SLA reports from the recorded intervals. */
public interface UptimeReports {
    UptimeReport report(UptimeQuery query);
}
