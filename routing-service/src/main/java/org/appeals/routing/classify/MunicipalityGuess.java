package org.appeals.routing.classify;

import java.util.List;
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
            case TEXT -> "муниципалитет «" + municipality.displayName() + "» по словам: " + String.join(", ", terms);
            case COORDINATES -> String.format(Explanations.RUSSIAN, "муниципалитет «%s» по координатам, %.1f км от его "
                    + "центра", municipality.displayName(), distanceKm);
            case NONE -> "муниципалитет не назван, и координат в пределах какого-либо муниципалитета нет";
        };
    }
}
