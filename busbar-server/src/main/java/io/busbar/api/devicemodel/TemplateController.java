package io.busbar.api.devicemodel;

import io.busbar.api.keys.Callers;
import io.busbar.api.paging.Page;
import io.busbar.devicemodel.ConfigurationTemplate;
import io.busbar.devicemodel.ConfigurationTemplates;
import io.busbar.devicemodel.TemplateId;
import io.busbar.devicemodel.TemplateNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.UUID;

/** Configuration templates: the settings chargers should have (see docs/device-model.md for the matching rules). */
@RestController
@RequestMapping("/api/v1/configuration-templates")
@Tag(name = DeviceModelDtos.TAG_TEMPLATES)
class TemplateController {
    private final ConfigurationTemplates templates;

    TemplateController(ConfigurationTemplates templates) {
        this.templates = templates;
    }

    @PostMapping
    @Operation(summary = "Create a configuration template",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATE_EXAMPLE))))
    ResponseEntity<DeviceModelDtos.TemplateResponse> create(@Valid @RequestBody DeviceModelDtos.TemplateRequest request) {
        ConfigurationTemplate created = templates.create(Callers.tenant(), request.definition());
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/configuration-templates/{id}")
                .buildAndExpand(created.id().value()).toUri()).body(DeviceModelDtos.TemplateResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "List configuration templates by name",
            responses = @ApiResponse(responseCode = "200", description = "A page of templates", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATES_EXAMPLE))))
    Page<DeviceModelDtos.TemplateResponse> list(
            @Parameter(description = "The `next` cursor of the previous page") @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(templates.list(Callers.tenant(), after, limit + 1), limit, ConfigurationTemplate::name,
                DeviceModelDtos.TemplateResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One configuration template",
            responses = @ApiResponse(responseCode = "200", description = "The template", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATE_EXAMPLE))))
    DeviceModelDtos.TemplateResponse get(@PathVariable UUID id) {
        TemplateId templateId = new TemplateId(id);
        return templates.find(templateId).map(DeviceModelDtos.TemplateResponse::of)
                .orElseThrow(() -> new TemplateNotFoundException(templateId));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a configuration template's definition",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATE_REQUEST_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The template", content = @Content(
                    examples = @ExampleObject(value = DeviceModelDtos.TEMPLATE_EXAMPLE))))
    DeviceModelDtos.TemplateResponse replace(@PathVariable UUID id,
                                             @Valid @RequestBody DeviceModelDtos.TemplateRequest request) {
        return DeviceModelDtos.TemplateResponse.of(templates.replace(new TemplateId(id), request.definition()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a configuration template (its drift reports stay)",
            responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        templates.delete(new TemplateId(id));
        return ResponseEntity.noContent().build();
    }
}
