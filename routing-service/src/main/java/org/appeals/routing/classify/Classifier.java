package org.appeals.routing.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.appeals.contracts.Location;

/**
 * Tells an appeal's category from its text, and its municipality from the text and address or else from its
 * coordinates, using the stemmed vocabularies of {@code vocabulary/*.json} (one-letter typos mended) and what
 * operators' decisions taught its {@link ExampleModel}; the category the resident chose is weighed in as a hint
 * ({@link HintWeighing}), never obeyed. Thread-safe.
 */
public final class Classifier {

    private final Words words;
    private final CategoryModel categories;
    private final MunicipalityModel municipalities;
    private final ExampleModel examples;
    private final HintWeighing hints;
    private final Consumer<Classification> observer;

    private Classifier(Words words, CategoryModel categories, MunicipalityModel municipalities,
                       ExampleModel examples, HintWeighing hints, Consumer<Classification> observer) {
        this.words = words;
        this.categories = categories;
        this.municipalities = municipalities;
        this.examples = examples;
        this.hints = hints;
        this.observer = observer;
    }

    /** Builds a classifier from a categories and a municipalities vocabulary file. */
    public static Classifier load(InputStream categories, InputStream municipalities) {
        TextAnalyzer analyzer = new TextAnalyzer();
        CategoryModel categoryModel = new CategoryModel(VocabularyFiles.categories(categories), analyzer);
        MunicipalityModel municipalityModel =
                new MunicipalityModel(VocabularyFiles.municipalities(municipalities), analyzer);
        Set<String> stems = new HashSet<>(categoryModel.stems());
        stems.addAll(municipalityModel.stems());
        Set<String> prefixes = new HashSet<>(categoryModel.prefixes());
        prefixes.addAll(municipalityModel.prefixes());
        Words words = new Words(analyzer, new Typos(stems, prefixes));
        return new Classifier(words, categoryModel, municipalityModel, new ExampleModel(words),
                new HintWeighing(HintWeighing.DEFAULT_WEIGHT), c -> { });
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

    /** The same classifier (sharing its learned examples), telling {@code observer} of every classification. */
    public Classifier observedBy(Consumer<Classification> observer) {
        return new Classifier(words, categories, municipalities, examples, hints, observer);
    }

    /**
     * The same classifier (sharing its learned examples), weighing the resident's category hint as a vocabulary term
     * of {@code weight}: 0 to 3 (a decisive term).
     */
    public Classifier withHintWeight(double weight) {
        return new Classifier(words, categories, municipalities, examples, new HintWeighing(weight), observer);
    }

    /** What operators' decisions taught this classifier; learning there takes effect on the next classification. */
    public ExampleModel examples() {
        return examples;
    }

    /** Classifies an appeal's text; the location (address and coordinates) may be null or partial. */
    public Classification classify(String text, Location location) {
        return classify(text, location, null);
    }

    /**
     * Classifies an appeal's text, weighing the category the resident chose ({@code categoryHint}: a taxonomy code;
     * null, blank or an unknown code weigh nothing).
     */
    public Classification classify(String text, Location location, String categoryHint) {
        String said = text == null ? "" : text;
        boolean hasAddress = location != null && location.address() != null;
        // the address is read for place names only: "ул. Школьная" says nothing about the topic
        String places = hasAddress ? said + "\n" + location.address() : said;
        List<Token> tokens = words.tokens(places);
        List<Token> textTokens = hasAddress ? tokens.stream().filter(t -> t.end() <= said.length()).toList() : tokens;
        HintedGuess vocabulary = categories.guess(said, textTokens, ResidentHint.read(categoryHint), hints);
        HintedGuess hinted = Blend.choose(vocabulary, examples.guess(textTokens));
        CategoryGuess category = hinted.guess();
        MunicipalityGuess municipality = municipalities.guess(places, tokens, location);
        List<String> matched = new ArrayList<>(category.surfaces());
        municipality.surfaces().stream().filter(s -> !matched.contains(s)).forEach(matched::add);
        Classification classification = new Classification(category.category(), category.confidence(),
                municipality.municipality(), municipality.confidence(), matched,
                explanation(hinted, municipality), hinted.hint(), hinted.effect());
        observer.accept(classification);
        return classification;
    }

    private static String explanation(HintedGuess category, MunicipalityGuess municipality) {
        String hint = category.explainHint();
        return category.explainCategory() + "; " + (hint.isEmpty() ? "" : hint + "; ") + municipality.explain();
    }

    private static InputStream resource(String path) {
        InputStream in = Classifier.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing vocabulary " + path);
        }
        return in;
    }
}
