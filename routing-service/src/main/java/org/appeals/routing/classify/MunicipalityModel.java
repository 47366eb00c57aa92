package org.appeals.routing.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appeals.contracts.Location;
import org.appeals.contracts.Municipality;

/**
 * Tells the municipality from place names in the text and address; only when they name none, from coordinates
 * (the channel's, else a point pasted into the text).
 * Region markers (#ЦУР34, "Волгоградская область") are in the vocabulary so that they use up their words and
 * count for no municipality.
 */
final class MunicipalityModel {

    // a point at a circle's centre is fairly sure, one at its rim only half as sure: circles are rough shapes
    private static final double CENTRE_CONFIDENCE = 0.9;
    private static final Set<String> DESTINATION_WORDS = Set.of("до", "из");

    private final TermIndex<Municipality> index;
    private final Areas areas;
    private final double evidenceScale;

    MunicipalityModel(VocabularyFiles.Municipalities vocabulary, TextAnalyzer analyzer) {
        List<Term<Municipality>> terms = new ArrayList<>();
        List<Areas.Area> circles = new ArrayList<>();
        vocabulary.regionMarkers().forEach(marker -> terms.add(term(marker, Municipality.UNKNOWN, 1, analyzer)));
        vocabulary.municipalities().forEach((municipality, place) -> {
            place.forms().forEach((form, weight) -> terms.add(term(form, municipality, weight, analyzer)));
            circles.add(new Areas.Area(municipality, place.lat(), place.lon(), place.radiusKm()));
        });
        this.index = new TermIndex<>(terms);
        this.areas = new Areas(circles);
        this.evidenceScale = vocabulary.evidenceScale();
    }

    Set<String> stems() {
        return index.stems();
    }

    Set<String> prefixes() {
        return index.prefixes();
    }

    MunicipalityGuess guess(String text, List<Token> tokens, Location location) {
        var named = index.scan(text, tokens).stream()
                .filter(match -> match.term().label() != Municipality.UNKNOWN)
                .toList();
        // "автобус до Волгограда" names where people go, not where the problem is, unless nothing else is named
        var here = named.stream().filter(match -> !DESTINATION_WORDS.contains(match.wordBefore())).toList();
        Tally<Municipality> tally = new Tally<>(here.isEmpty() ? named : here);
        return tally.leader()
                .map(municipality -> new MunicipalityGuess(municipality,
                        Evidence.confidence(tally.score(municipality), tally.total(), evidenceScale),
                        MunicipalityGuess.Source.TEXT, tally.surfaces(municipality), tally.terms(municipality), 0))
                .orElseGet(() -> fromCoordinates(TextCoordinates.orFromText(location, text)));
    }

    private MunicipalityGuess fromCoordinates(Location location) {
        if (location == null || !location.hasCoordinates()) {
            return MunicipalityGuess.unknown();
        }
        double lat = location.lat();
        double lon = location.lon();
        return areas.containing(lat, lon)
                .map(area -> new MunicipalityGuess(area.municipality(),
                        CENTRE_CONFIDENCE * (1 - area.depth(lat, lon) / 2), MunicipalityGuess.Source.COORDINATES,
                        List.of(), List.of(), area.distanceKm(lat, lon)))
                .orElseGet(MunicipalityGuess::unknown);
    }

    private static Term<Municipality> term(String written, Municipality municipality, double weight,
                                           TextAnalyzer analyzer) {
        return new Term<>(written, municipality, weight, WordPattern.parse(written, analyzer));
    }
}
