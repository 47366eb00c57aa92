package org.appeals.routing.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Location;

/**
 * Tells an appeal's category from its text, and its municipality from the text and address or else from its
 * coordinates, using the stemmed vocabularies of {@code vocabulary/*.json}. Thread-safe.
 */
public final class Classifier {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final CategoryModel categories;
    private final MunicipalityModel municipalities;

    private Classifier(VocabularyFiles.Categories categories, VocabularyFiles.Municipalities municipalities) {
        this.categories = new CategoryModel(categories, analyzer);
        this.municipalities = new MunicipalityModel(municipalities, analyzer);
    }

    /** Builds a classifier from a categories and a municipalities vocabulary file. */
    public static Classifier load(InputStream categories, InputStream municipalities) {
        return new Classifier(VocabularyFiles.categories(categories), VocabularyFiles.municipalities(municipalities));
    }

    /** The classifier with the vocabularies shipped in this service. */
    public static Classifier standard() {
        try (InputStream categories = resource("/vocabulary/categories.json");
             InputStream municipalities = resource("/vocabulary/municipalities.json")) {
            return load(categories, municipalities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Classifies an appeal's text; the location (address and coordinates) may be null or partial. */
    public Classification classify(String text, Location location) {
        String words = text == null ? "" : text;
        boolean hasAddress = location != null && location.address() != null;
        // the address is read for place names only: "ул. Школьная" says nothing about the topic
        String places = hasAddress ? words + "\n" + location.address() : words;
        List<Token> tokens = analyzer.tokens(places);
        List<Token> textTokens = hasAddress ? tokens.stream().filter(t -> t.end() <= words.length()).toList() : tokens;
        CategoryGuess category = categories.guess(words, textTokens);
        MunicipalityGuess municipality = municipalities.guess(places, tokens, location);
        List<String> matched = new ArrayList<>(category.surfaces());
        municipality.surfaces().stream().filter(s -> !matched.contains(s)).forEach(matched::add);
        return new Classification(category.category(), category.confidence(), municipality.municipality(),
                municipality.confidence(), matched, category.explain() + "; " + municipality.explain());
    }

    private static InputStream resource(String path) {
        InputStream in = Classifier.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing vocabulary " + path);
        }
        return in;
    }
}
