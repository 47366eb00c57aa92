package org.appeals.routing.directory;

import org.appeals.routing.classify.Explanations;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;
import org.appeals.contracts.RoutingOutcome;
import org.appeals.contracts.RoutingReason;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.HintEffect;

/**
 * Places a classified appeal. A regional category goes to its regional body (the municipality kept as context); a
 * municipal one to the department of the municipality; OTHER, a category only the resident's hint names, a municipal
 * category with no municipality, or too little confidence go to manual triage. A centre's override for the category and municipality comes first. The rule id
 * says which rule applied.
 */
public final class RoutingRules {

    private final Supplier<RoutingTable> table;
    private final double minConfidence;

    /** Rules over a fixed directory; placements less sure than {@code minConfidence} (0..1) go to triage. */
    public RoutingRules(Directory directory, double minConfidence) {
        this(() -> RoutingTable.of(directory), minConfidence);
    }

    /** Rules over a table that may change at run time; each placement reads the table current then. */
    public RoutingRules(Supplier<RoutingTable> table, double minConfidence) {
        this.table = table;
        this.minConfidence = minConfidence;
    }

    /** The directory and overrides in force now. */
    public RoutingTable table() {
        return table.get();
    }

    /** Where the classified appeal goes, and by which rule. */
    public Placement place(Classification classification) {
        Category category = classification.category();
        boolean municipal = category.competence() == Competence.MUNICIPAL;
        double confidence = confidence(classification, municipal);
        Optional<Refusal> refusal = refusal(classification, municipal, confidence);
        if (refusal.isPresent()) {
            return new Placement(RoutingOutcome.TRIAGE, category, classification.municipality(), null,
                    reason(classification, refusal.get().ruleId(), confidence, "на разбор оператору: " + refusal.get().why()));
        }
        Route route = table().first(category, classification.municipality(), Set.of())
                .orElseThrow(() -> new IllegalStateException("the directory answers every category; checked on change"));
        return new Placement(RoutingOutcome.ASSIGNED, category, classification.municipality(), route.department(),
                reason(classification, route.ruleId(), confidence, "направлено в «" + route.department().name() + "» (" + route.department().id() + ")"));
    }

    private Optional<Refusal> refusal(Classification classification, boolean municipal, double confidence) {
        if (classification.category() == Category.OTHER) {
            return Optional.of(new Refusal("triage:other", "направление определить не удалось"));
        }
        if (classification.hintEffect() == HintEffect.ALONE) {
            // the resident's choice is a suggestion for the operator, never a placement by itself, whatever the threshold
            return Optional.of(new Refusal("triage:hint-only",
                    "направление «" + classification.category().displayName() + "» назвал только житель, текст о нём не говорит"));
        }
        if (municipal && classification.municipality() == Municipality.UNKNOWN) {
            return Optional.of(new Refusal("triage:no-municipality",
                    "«" + classification.category().displayName() + "» — муниципальное направление, а муниципалитет "
                            + "определить не удалось"));
        }
        if (confidence < minConfidence) {
            return Optional.of(new Refusal("triage:low-confidence",
                    String.format(Explanations.RUSSIAN, "уверенность %.2f ниже порога %.2f", confidence, minConfidence)));
        }
        return Optional.empty();
    }

    /** A municipal placement must be right about both the topic and the place; a regional one about the topic. */
    private static double confidence(Classification classification, boolean municipal) {
        return municipal
                ? classification.categoryConfidence() * classification.municipalityConfidence()
                : classification.categoryConfidence();
    }

    private static RoutingReason reason(Classification classification, String ruleId, double confidence, String where) {
        double rounded = Math.round(confidence * 1000) / 1000.0;
        return new RoutingReason(ruleId, classification.matchedTerms(), rounded,
                classification.explanation() + "; " + where);
    }

    /** Why an appeal cannot be placed automatically. */
    private record Refusal(String ruleId, String why) {
    }
}
