package io.busbar.dashboard.overview;

/** How many EVSEs are in each operator category (of a site, or of the whole network). */
public record EvseCounts(int available, int charging, int faulted, int offline, int other) {
    public static final EvseCounts NONE = new EvseCounts(0, 0, 0, 0, 0);

    public EvseCounts plus(EvseCategory category) {
        return new EvseCounts(available + (category == EvseCategory.AVAILABLE ? 1 : 0),
                charging + (category == EvseCategory.CHARGING ? 1 : 0),
                faulted + (category == EvseCategory.FAULTED ? 1 : 0),
                offline + (category == EvseCategory.OFFLINE ? 1 : 0),
                other + (category == EvseCategory.OTHER ? 1 : 0));
    }

    public int total() {
        return available + charging + faulted + offline + other;
    }

    public int of(EvseCategory category) {
        return switch (category) {
            case AVAILABLE -> available;
            case CHARGING -> charging;
            case FAULTED -> faulted;
            case OFFLINE -> offline;
            case OTHER -> other;
        };
    }

    /** Width in percent of this category's part of a stacked bar (0 when there are no EVSEs). */
    public double percent(EvseCategory category) {
        int total = total();
        return total == 0 ? 0 : Math.round(of(category) * 1000.0 / total) / 10.0;
    }

    /**
     * The state a site's map marker shows: the worst one present. A fault needs a human before a lost connection
     * (which often heals by itself); charging is good news, shown apart from idle.
     */
    public String worst() {
        if (faulted > 0) {
            return "faulted";
        }
        if (offline > 0) {
            return "offline";
        }
        return charging > 0 ? "charging" : "ok";
    }

    /** One line for the map's popup: "2 available · 1 charging · 1 offline". */
    public String summary() {
        if (total() == 0) {
            return "no EVSEs reported";
        }
        StringBuilder text = new StringBuilder();
        for (EvseCategory category : EvseCategory.values()) {
            int count = of(category);
            if (count > 0) {
                text.append(text.isEmpty() ? "" : " · ").append(count).append(' ')
                        .append(category.label().toLowerCase());
            }
        }
        return text.toString();
    }
}
