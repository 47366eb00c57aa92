package org.appeals.department.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The deadline rules read from data: the most specific matching rule that sets a term decides it. */
public final class DeadlineRules {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<DeadlineRule> bySpecificity;

    DeadlineRules(List<DeadlineRule> rules) {
        // List.sort is stable, so file order breaks ties between equally specific rules.
        this.bySpecificity = rules.stream().sorted(Comparator.comparingInt(DeadlineRule::specificity).reversed())
                .toList();
        requireCatchAll();
    }

    /** Rules from a classpath resource such as {@code calendar/deadline-rules.json}. */
    public static DeadlineRules load(String resource) {
        try (InputStream in = DeadlineRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Deadline rules missing: " + resource);
            }
            return new DeadlineRules(JSON.readValue(in, RuleFile.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms for an appeal with this profile. */
    public DeadlineTerms termsFor(AppealProfile appeal) {
        return new DeadlineTerms(
                Duration.ofHours(first(appeal, DeadlineRule::firstReactionWorkingHours).orElseThrow()),
                first(appeal, DeadlineRule::answerCalendarDays).orElse(null),
                first(appeal, DeadlineRule::answerWorkingDaysAfterInterim).orElseThrow());
    }

    private Optional<Integer> first(AppealProfile appeal, Function<DeadlineRule, Integer> term) {
        return bySpecificity.stream().filter(rule -> rule.matches(appeal)).map(term)
                .filter(value -> value != null).findFirst();
    }

    private void requireCatchAll() {
        boolean present = bySpecificity.stream().anyMatch(rule -> rule.specificity() == 0
                && rule.firstReactionWorkingHours() != null && rule.answerWorkingDaysAfterInterim() != null);
        if (!present) {
            throw new IllegalStateException("Deadline rules need a rule without criteria that sets "
                    + "firstReactionWorkingHours and answerWorkingDaysAfterInterim");
        }
    }

    private record RuleFile(List<DeadlineRule> rules) {
        RuleFile {
            rules = rules == null ? List.of() : rules;
        }
    }
}
