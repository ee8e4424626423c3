package io.busbar.api.tariffs;

import io.busbar.api.keys.Callers;
import io.busbar.api.openapi.ApiTags;
import io.busbar.tariffs.PriceSchedule;
import io.busbar.tariffs.PriceScheduleBook;
import io.busbar.tariffs.PriceScheduleId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Price schedules (dynamic energy prices a tariff component may follow); superseded entries stay in the history. */
@RestController
@Tag(name = ApiTags.TARIFFS)
class ScheduleController {
    static final String ENTRIES_EXAMPLE = """
            {"entries": [{"from": "2025-03-04T00:00:00Z", "pricePerKwh": 0.21},
                         {"from": "2025-03-04T07:00:00Z", "pricePerKwh": 0.34}]}""";
    static final String SCHEDULE_EXAMPLE = """
            {"id": "epex-nl-plus-10", "entries": [{"from": "2025-03-04T00:00:00Z", "pricePerKwh": 0.21},
               {"from": "2025-03-04T07:00:00Z", "pricePerKwh": 0.34}],
             "history": [{"from": "2025-03-04T07:00:00Z", "pricePerKwh": 0.30, "recordedAt": "2025-03-03T12:00:00Z",
               "supersededAt": "2025-03-03T13:00:00Z"}]}""";

    private final PriceScheduleBook schedules;

    ScheduleController(PriceScheduleBook schedules) {
        this.schedules = schedules;
    }

    record EntryBody(@NotNull Instant from, @NotNull @PositiveOrZero BigDecimal pricePerKwh) {
    }

    record EntriesBody(@NotNull List<@Valid EntryBody> entries) {
        List<PriceSchedule.Entry> toEntries() {
            return entries.stream().map(e -> new PriceSchedule.Entry(e.from(), e.pricePerKwh())).toList();
        }
    }

    record ScheduleResponse(String id, List<PriceSchedule.Entry> entries, List<PriceScheduleBook.RecordedEntry> history) {
    }

    @PutMapping("/api/v1/price-schedules/{id}")
    @Operation(summary = "Set a schedule's prices (the current entries are superseded, kept in the history)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ENTRIES_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The schedule", content = @Content(
                    examples = @ExampleObject(value = SCHEDULE_EXAMPLE))))
    ScheduleResponse replace(@PathVariable String id, @Valid @RequestBody EntriesBody body) {
        schedules.replace(Callers.tenant(), new PriceScheduleId(id), body.toEntries());
        return get(id);
    }

    @PostMapping("/api/v1/price-schedules/{id}/entries")
    @Operation(summary = "Append prices (an entry at an existing instant supersedes it)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(value = ENTRIES_EXAMPLE))),
            responses = @ApiResponse(responseCode = "200", description = "The schedule", content = @Content(
                    examples = @ExampleObject(value = SCHEDULE_EXAMPLE))))
    ScheduleResponse append(@PathVariable String id, @Valid @RequestBody EntriesBody body) {
        schedules.append(Callers.tenant(), new PriceScheduleId(id), body.toEntries());
        return get(id);
    }

    @GetMapping("/api/v1/price-schedules/{id}")
    @Operation(summary = "A schedule's current entries and its full history",
            responses = {@ApiResponse(responseCode = "200", description = "The schedule", content = @Content(
                    examples = @ExampleObject(value = SCHEDULE_EXAMPLE))),
                    @ApiResponse(responseCode = "404", description = "No entry was ever recorded for this id")})
    ScheduleResponse get(@PathVariable String id) {
        PriceScheduleId scheduleId = new PriceScheduleId(id);
        if (schedules.ownerOf(scheduleId).isEmpty()) {
            throw PriceScheduleOwnership.missing(id);
        }
        return new ScheduleResponse(id, schedules.current(scheduleId).entries(), schedules.history(scheduleId));
    }
}
