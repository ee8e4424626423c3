package io.busbar.api.locallists;

import io.busbar.chargers.ChargerIdentity;
import io.busbar.locallists.LocalLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A charger's local authorization list: opt in or out, see how it compares with the token registry, ask the
 * charger its version, force a full list. Updates that cannot reach the charger leave it OUT_OF_SYNC (200 with the
 * state); only asking the version of an offline charger is an error (409).
 */
@RestController
@RequestMapping("/api/v1/chargers/{identity}/local-list")
@Tag(name = LocalListController.TAG, description = "Local authorization lists kept in sync with the token registry")
class LocalListController {
    static final String TAG = "Local lists";
    private final LocalLists lists;

    LocalListController(LocalLists lists) {
        this.lists = lists;
    }

    @GetMapping
    @Operation(summary = "The charger's local list: enabled, versions, sync state, last result",
            responses = @ApiResponse(responseCode = "200", description = "The state", content = @Content(
                    examples = @ExampleObject(value = LocalListDtos.STATE_EXAMPLE))))
    LocalListDtos.LocalListResponse get(@PathVariable String identity) {
        return LocalListDtos.LocalListResponse.of(lists.state(new ChargerIdentity(identity)));
    }

    @PutMapping
    @Operation(summary = "Opt the charger in (sends the full list now) or out (sends an empty list)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = LocalListDtos.ENABLE_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The state after the update", content = @Content(
                    examples = @ExampleObject(value = LocalListDtos.STATE_EXAMPLE))))
    LocalListDtos.LocalListResponse enable(@PathVariable String identity,
                                           @Valid @RequestBody LocalListDtos.EnableRequest request) {
        return LocalListDtos.LocalListResponse.of(lists.enable(new ChargerIdentity(identity), request.enabled()));
    }

    @PostMapping("/sync")
    @Operation(summary = "Send the full list now (an enabled charger only)",
            responses = @ApiResponse(responseCode = "200", description = "The state after the update", content = @Content(
                    examples = @ExampleObject(value = LocalListDtos.STATE_EXAMPLE))))
    LocalListDtos.LocalListResponse synchronize(@PathVariable String identity) {
        return LocalListDtos.LocalListResponse.of(lists.synchronize(new ChargerIdentity(identity)));
    }

    @PostMapping("/version")
    @Operation(summary = "Ask the charger its list version (GetLocalListVersion) and record it",
            responses = @ApiResponse(responseCode = "200", description = "The state with reportedVersion",
                    content = @Content(examples = @ExampleObject(value = LocalListDtos.STATE_EXAMPLE))))
    LocalListDtos.LocalListResponse version(@PathVariable String identity) {
        return LocalListDtos.LocalListResponse.of(lists.queryVersion(new ChargerIdentity(identity)));
    }
}
