package org.appeals.intake.open311;

/** The GeoReport v2 paths; the format is the extension. */
final class Open311Paths {

    static final String BASE = "/open311/v2";
    static final String SERVICES = BASE + "/services.{format}";
    static final String REQUESTS = BASE + "/requests.{format}";
    static final String REQUEST = BASE + "/requests/{id}.{format}";

    private Open311Paths() {
    }
}
