package org.appeals.routing.classify;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import tools.jackson.databind.json.JsonMapper;

/** The vocabulary files as written (see vocabulary/README.md), checked so a broken file stops the service at start. */
final class VocabularyFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** categories.json: category → term → weight. */
    record Categories(double evidenceScale, Map<Category, Map<String, Double>> categories) {
    }

    /** municipalities.json: region markers, and per municipality its name forms and a circle around its centre. */
    record Municipalities(double evidenceScale, List<String> regionMarkers, Map<Municipality, Place> municipalities) {
    }

    record Place(Map<String, Double> forms, double lat, double lon, double radiusKm) {
    }

    private VocabularyFiles() {
    }

    static Categories categories(InputStream in) {
        Categories file = JSON.readValue(in, Categories.class);
        require(file.evidenceScale() > 0 && file.categories() != null, "categories need an evidenceScale and terms");
        return file;
    }

    static Municipalities municipalities(InputStream in) {
        Municipalities file = JSON.readValue(in, Municipalities.class);
        require(file.evidenceScale() > 0 && file.regionMarkers() != null && file.municipalities() != null,
                "municipalities need an evidenceScale, regionMarkers and municipalities");
        Set<Municipality> missing = EnumSet.allOf(Municipality.class);
        missing.remove(Municipality.UNKNOWN);
        missing.removeAll(file.municipalities().keySet());
        require(missing.isEmpty(), "municipalities without an entry: " + missing);
        file.municipalities().forEach((municipality, place) -> require(place.radiusKm() > 0 && place.forms() != null,
                municipality + " needs name forms and a radius"));
        return file;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("vocabulary: " + problem);
        }
    }
}
