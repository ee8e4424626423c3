package io.busbar.dashboard.overview;

/**
 * One site of the network with its EVSE counts; {@code id} is null for the chargers no site holds ("No site").
 *
 * @param latitude  WGS 84, null when the site has no location
 * @param chargers  chargers registered at the site, or -1 when not counted (the live overview does not)
 */
public record SiteStatus(String id, String name, String address, Double latitude, Double longitude,
                         EvseCounts counts, int chargers) {
    public static final String NO_SITE = "No site";

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    /** A key for {@code data-test} attributes: the site id, or "none". */
    public String key() {
        return id == null ? "none" : id;
    }

    SiteStatus withChargers(int count) {
        return new SiteStatus(id, name, address, latitude, longitude, counts, count);
    }
}
