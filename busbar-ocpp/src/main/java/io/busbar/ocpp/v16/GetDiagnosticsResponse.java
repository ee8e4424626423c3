package io.busbar.ocpp.v16;

import io.busbar.ocpp.schema.MaxLength;

/** GetDiagnostics.conf (1.6 §6.26); no fileName means no diagnostics are available. */
public record GetDiagnosticsResponse(
        @MaxLength(255) String fileName) {
}
