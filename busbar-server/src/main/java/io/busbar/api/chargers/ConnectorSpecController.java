package io.busbar.api.chargers;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.problems.ProblemException;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ConnectorSpec;
import io.busbar.chargers.ConnectorSpecs;
import io.busbar.chargers.ConnectorType;
import io.busbar.platform.units.Power;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** What a connector is (plug standard, maximum power), as drivers see it in the public availability feed. */
@RestController
@Tag(name = ApiTags.CHARGERS)
class ConnectorSpecController {
    static final String SPEC_REQUEST_EXAMPLE = """
            {"connectorType": "IEC_62196_T2", "maxPowerW": 22000}""";
    static final String SPEC_EXAMPLE = """
            {"chargerId": "CP-0042", "evseId": 1, "connectorId": 1, "connectorType": "IEC_62196_T2", "maxPowerW": 22000,
             "updatedAt": "2026-11-27T08:00:00Z"}""";

    private final ConnectorSpecs specs;

    ConnectorSpecController(ConnectorSpecs specs) {
        this.specs = specs;
    }

    @PutMapping("/api/v1/chargers/{identity}/evses/{evseId}/connectors/{connectorId}")
    @Operation(summary = "State a connector's plug standard (OCPI ConnectorType) and maximum power",
            description = "Overrides what a 2.0.1 charger reports in its device model; a field left out or null is"
                    + " cleared. Shown in the public availability feed within seconds.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = SPEC_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "What the connector now is",
                    content = @Content(examples = @ExampleObject(value = SPEC_EXAMPLE))))
    ConnectorSpecResponse put(@PathVariable String identity, @PathVariable int evseId, @PathVariable int connectorId,
                              @Valid @RequestBody ConnectorSpecRequest request) {
        if (evseId < 1 || connectorId < 1) {
            throw ProblemException.invalid(evseId < 1 ? "evseId" : "connectorId", "starts at 1");
        }
        ConnectorType type = null;
        if (request.connectorType() != null) {
            type = ConnectorType.ofLiteral(request.connectorType()).orElseThrow(() -> ProblemException.invalid(
                    "connectorType", "must be an OCPI 2.2.1 ConnectorType such as IEC_62196_T2, IEC_62196_T2_COMBO,"
                            + " CHADEMO or DOMESTIC_F"));
        }
        Power power = request.maxPowerW() == null ? null : Power.ofWatts(request.maxPowerW());
        ChargerIdentity charger = new ChargerIdentity(identity);
        return ConnectorSpecResponse.of(charger, specs.set(charger, evseId, connectorId, type, power));
    }

    record ConnectorSpecRequest(String connectorType, @Min(1) @Max(2_000_000) Long maxPowerW) {
    }

    record ConnectorSpecResponse(String chargerId, int evseId, int connectorId, String connectorType, Long maxPowerW,
                                 Instant updatedAt) {
        static ConnectorSpecResponse of(ChargerIdentity charger, ConnectorSpec spec) {
            return new ConnectorSpecResponse(charger.value(), spec.evseId(), spec.connectorId(),
                    spec.type() == null ? null : spec.type().literal(),
                    spec.maxPower() == null ? null : spec.maxPower().watts(), spec.updatedAt());
        }
    }
}
