package org.appeals.department.review;

import java.util.List;
import java.util.Objects;

/** The phrase lists and thresholds of the check, as written in {@code review/answer-checks.json}. */
record CheckRules(Shortness tooShort, Formality formalOnly, Promises promiseWithoutDate,
                  LawCitations lawInsteadOfAnswer, PersonalData personalData, List<String> stopWords) {

    CheckRules {
        // A section missing from the file must stop start-up, not silently switch a check off.
        Objects.requireNonNull(tooShort, "tooShort");
        Objects.requireNonNull(formalOnly, "formalOnly");
        Objects.requireNonNull(promiseWithoutDate, "promiseWithoutDate");
        Objects.requireNonNull(lawInsteadOfAnswer, "lawInsteadOfAnswer");
        Objects.requireNonNull(personalData, "personalData");
        stopWords = stopWords == null ? List.of() : stopWords;
    }

    /** Fewer meaningful words or letters than these is too short to be an answer. */
    record Shortness(int minMeaningfulWords, int minLetters, String message) {
    }

    /** Formal phrases; flagged when they make up at least {@code minShare} of the meaningful words. */
    record Formality(List<String> phrases, List<String> courtesy, double minShare, String message) {
    }

    /** Promises of work that need a date or period somewhere in the answer; law references are not dates. */
    record Promises(List<String> promises, List<String> dates, List<String> lawReferences, String message) {
    }

    /** Law citations; flagged when their sentences hold {@code minShare} of the words and no action is named. */
    record LawCitations(List<String> citations, List<String> actions, double minShare, String message) {
    }

    /** Patterns of phones, e-mails and names (a name pattern's group {@code name} holds just the name). */
    record PersonalData(List<String> phones, List<String> emails, List<String> names, List<String> notNames,
                        String phoneMessage, String emailMessage, String nameMessage) {
    }
}
