package io.busbar.chargers;

/**
 * A point on the earth (WGS 84, degrees), stored with 6 decimals (about 0.1 m). Geometry, not money: doubles are
 * right here.
 */
public record GeoPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("A point needs a latitude in [-90, 90] and a longitude in [-180, 180]");
        }
    }

    /** Great-circle distance (haversine on the mean earth radius; within 0.5 % of the ellipsoid). */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
