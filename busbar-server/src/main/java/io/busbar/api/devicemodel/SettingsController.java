package io.busbar.api.devicemodel;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.devicemodel.Inventories;
import io.busbar.devicemodel.InventoryRefresh;
import io.busbar.devicemodel.Setting;
import io.busbar.devicemodel.SettingValue;
import io.busbar.devicemodel.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A charger's settings: the stored inventory (what it last reported), live reads and audited changes by common
 * name, 1.6 key or 2.0.1 {@code Component.Variable} (see docs/device-model.md).
 */
@RestController
@Tag(name = DeviceModelDtos.TAG_SETTINGS)
class SettingsController {
    private final Inventories inventories;
    private final Settings settings;

    SettingsController(Inventories inventories, Settings settings) {
        this.inventories = inventories;
        this.settings = settings;
    }

    @PostMapping("/api/v1/chargers/{identity}/inventory/refresh")
    @Operation(summary = "Ask the charger for all its settings (1.6 GetConfiguration: stored now, 200; "
            + "2.0.1 GetBaseReport FullInventory: 202, stored when the NotifyReport is complete)",
            responses = {
                    @ApiResponse(responseCode = "202", description = "2.0.1: the report will follow", content = @Content(
                            examples = @ExampleObject(value = DeviceModelDtos.REFRESH_EXAMPLE))),
                    @ApiResponse(responseCode = "200", description = "1.6: the inventory is stored; 2.0.1: the "
                            + "charger did not accept (status says why)", content = @Content(
                            examples = @ExampleObject(value = DeviceModelDtos.REFRESH_EXAMPLE)))})
    ResponseEntity<DeviceModelDtos.RefreshResponse> refresh(@PathVariable String identity) {
        InventoryRefresh refresh = inventories.refresh(Callers.current(), new ChargerIdentity(identity));
        HttpStatus status = !refresh.complete() && "Accepted".equals(refresh.status()) ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).body(DeviceModelDtos.RefreshResponse.of(refresh));
    }

    @GetMapping("/api/v1/chargers/{identity}/inventory")
    @Operation(summary = "When the charger's inventory was reported, how many settings it holds, a pending reboot",
            responses = @ApiResponse(responseCode = "200", description = "The inventory summary", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.INVENTORY_EXAMPLE))))
    DeviceModelDtos.InventoryResponse inventory(@PathVariable String identity) {
        return DeviceModelDtos.InventoryResponse.of(inventories.summary(new ChargerIdentity(identity)));
    }

    @GetMapping("/api/v1/chargers/{identity}/settings")
    @Operation(summary = "The charger's inventory: every setting it reported, ordered by raw name",
            responses = @ApiResponse(responseCode = "200", description = "A page of settings", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.SETTINGS_EXAMPLE))))
    Page<DeviceModelDtos.SettingResponse> list(
            @PathVariable String identity,
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<Setting> fetched = inventories.settings(new ChargerIdentity(identity), after, limit + 1);
        return Page.of(fetched, limit, Setting::raw, DeviceModelDtos.SettingResponse::of);
    }

    @GetMapping("/api/v1/chargers/{identity}/settings/{name}")
    @Operation(summary = "Read one setting live from the charger (common name, 1.6 key or 2.0.1 Component.Variable[:Type])",
            responses = @ApiResponse(responseCode = "200", description = "The value the charger reported",
                    content = @Content(examples = @ExampleObject(value = DeviceModelDtos.VALUE_EXAMPLE))))
    SettingValue read(@PathVariable String identity, @PathVariable String name) {
        return settings.read(new ChargerIdentity(identity), name);
    }

    @PutMapping("/api/v1/chargers/{identity}/settings/{name}")
    @Operation(summary = "Change one setting on the charger (validated first, audited); rebootRequired when it "
            + "takes effect only after a reboot",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.CHANGE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The charger's answer", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.CHANGE_EXAMPLE))))
    DeviceModelDtos.SettingChangeResponse change(@PathVariable String identity, @PathVariable String name,
                                                 @Valid @RequestBody DeviceModelDtos.ChangeSettingRequest request) {
        return DeviceModelDtos.SettingChangeResponse.of(
                settings.change(Callers.current(), new ChargerIdentity(identity), name, request.value()));
    }
}
