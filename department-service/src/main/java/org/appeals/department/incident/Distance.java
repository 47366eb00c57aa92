package org.appeals.department.incident;

/** Great-circle distance on the Earth, which is round enough at the scale of a street. */
final class Distance {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private Distance() {
    }

    /** Haversine distance in metres between two points given in degrees. */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
