package io.busbar.tariffs;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The price schedules a calculation may read, by id. */
public record PriceSchedules(Map<PriceScheduleId, PriceSchedule> byId) {
    public static final PriceSchedules NONE = new PriceSchedules(Map.of());

    public PriceSchedules {
        byId = Map.copyOf(byId);
    }

    public static PriceSchedules of(PriceSchedule... schedules) {
        return new PriceSchedules(List.of(schedules).stream()
                .collect(Collectors.toMap(PriceSchedule::id, Function.identity())));
    }

    public PriceSchedule require(PriceScheduleId id) {
        PriceSchedule schedule = byId.get(id);
        if (schedule == null) {
            throw new IllegalArgumentException("the tariff uses price schedule '" + id.value() + "', which was not supplied");
        }
        return schedule;
    }
}
