package io.busbar.api.tags;

import io.busbar.api.openapi.ApiTags;
import io.busbar.api.paging.Page;
import io.busbar.api.problems.ProblemException;
import io.busbar.api.problems.RequestValues;
import io.busbar.chargers.ChargerIdentity;
import io.busbar.chargers.ChargerTag;
import io.busbar.chargers.ChargerTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tags on chargers, to address groups of them (e.g. a bulk job's target). Adding and removing are idempotent. */
@RestController
@RequestMapping("/api/v1/chargers/{identity}/tags")
@Tag(name = ApiTags.CHARGERS)
class ChargerTagController {
    static final String TAGS_EXAMPLE = """
            {"items": ["depot-north", "pilot:2026"], "next": null}""";

    private final ChargerTags tags;

    ChargerTagController(ChargerTags tags) {
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "The charger's tags, alphabetically",
            responses = @ApiResponse(responseCode = "200", description = "The tags", content = @Content(
                    examples = @ExampleObject(value = TAGS_EXAMPLE))))
    Page<String> list(@PathVariable String identity) {
        return Page.all(tags.of(charger(identity)).stream().map(ChargerTag::value).toList());
    }

    @PutMapping("/{tag}")
    @Operation(summary = "Tag the charger (1 to 64 letters, digits, '.', '_', ':', '-'); idempotent",
            responses = @ApiResponse(responseCode = "204", description = "Tagged"))
    ResponseEntity<Void> add(@PathVariable String identity, @PathVariable String tag) {
        tags.add(charger(identity), tag(tag));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{tag}")
    @Operation(summary = "Remove a tag from the charger; idempotent",
            responses = @ApiResponse(responseCode = "204", description = "Removed (or was not there)"))
    ResponseEntity<Void> remove(@PathVariable String identity, @PathVariable String tag) {
        tags.remove(charger(identity), tag(tag));
        return ResponseEntity.noContent().build();
    }

    private static ChargerIdentity charger(String value) {
        return RequestValues.charger(value, "identity");
    }

    private static ChargerTag tag(String value) {
        try {
            return new ChargerTag(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("tag", e.getMessage());
        }
    }
}
