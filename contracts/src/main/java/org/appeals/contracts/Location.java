package org.appeals.contracts;

/** Where the problem is, as far as the channel told us; any part may be missing. */
public record Location(String address, Double lat, Double lon) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
