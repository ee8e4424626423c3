package io.busbar.api.publicfeed;

import io.busbar.api.problems.ProblemException;
import io.busbar.availability.AvailabilityFeed;
import io.busbar.chargers.GeoPoint;

import java.util.Optional;

/** "Near this point, within this radius" as clients write it: {@code near=lat,lon&radius=metres}. */
public record NearQuery(Optional<GeoPoint> point, long radiusMetres) {
    public static final long DEFAULT_RADIUS_METRES = 10_000;

    /** @throws ProblemException (400) for a malformed point, a radius without a point, or a radius out of range */
    public static NearQuery of(String near, Long radius) {
        Optional<GeoPoint> point = near == null ? Optional.empty() : Optional.of(point(near));
        if (radius != null && point.isEmpty()) {
            throw ProblemException.invalid("radius", "only applies with near");
        }
        long metres = radius == null ? DEFAULT_RADIUS_METRES : radius;
        if (metres < 1 || metres > AvailabilityFeed.MAX_RADIUS_METRES) {
            throw ProblemException.invalid("radius", "must be 1 to " + AvailabilityFeed.MAX_RADIUS_METRES + " metres");
        }
        return new NearQuery(point, metres);
    }

    private static GeoPoint point(String near) {
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ProblemException.invalid("near", "must be latitude,longitude in degrees, e.g. 52.3770,4.9000");
    }
}
