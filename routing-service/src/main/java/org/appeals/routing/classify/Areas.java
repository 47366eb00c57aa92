package org.appeals.routing.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.appeals.contracts.Municipality;

/**
 * Each municipality as a circle around its centre. A point inside an urban okrug's circle belongs to that okrug
 * (okrug towns sit inside districts' circles, and are the more specific answer); otherwise to the district whose
 * circle it is deepest in.
 */
final class Areas {

    record Area(Municipality municipality, double lat, double lon, double radiusKm) {

        private static final double EARTH_RADIUS_KM = 6371.0;

        double distanceKm(double toLat, double toLon) {
            double dLat = Math.toRadians(toLat - lat);
            double dLon = Math.toRadians(toLon - lon);
            double a = Math.pow(Math.sin(dLat / 2), 2)
                    + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(toLat)) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        }

        double depth(double toLat, double toLon) {
            return distanceKm(toLat, toLon) / radiusKm;
        }
    }

    private final List<Area> areas;

    Areas(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    Optional<Area> containing(double lat, double lon) {
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            return Optional.empty();
        }
        Optional<Area> okrug = deepest(lat, lon, Municipality.Kind.URBAN_OKRUG);
        return okrug.isPresent() ? okrug : deepest(lat, lon, Municipality.Kind.DISTRICT);
    }

    private Optional<Area> deepest(double lat, double lon, Municipality.Kind kind) {
        return areas.stream()
                .filter(area -> area.municipality().kind() == kind && area.depth(lat, lon) <= 1)
                .min(Comparator.comparingDouble(area -> area.depth(lat, lon)));
    }
}
