package org.appeals.routing.classify;

import java.util.List;
import java.util.Locale;
import org.appeals.contracts.Municipality;

/** Where the problem is, how sure that is, and what told it: words of the text or address, or coordinates. */
record MunicipalityGuess(Municipality municipality, double confidence, Source source, List<String> surfaces,
                         List<String> terms, double distanceKm) {

    enum Source { TEXT, COORDINATES, NONE }

    static MunicipalityGuess unknown() {
        return new MunicipalityGuess(Municipality.UNKNOWN, 0, Source.NONE, List.of(), List.of(), 0);
    }

    String explain() {
        return switch (source) {
            case TEXT -> "municipality " + municipality + " from the text " + terms;
            case COORDINATES -> String.format(Locale.ROOT, "municipality %s from coordinates, %.1f km from its centre",
                    municipality, distanceKm);
            case NONE -> "no municipality named and no coordinates within one";
        };
    }
}
