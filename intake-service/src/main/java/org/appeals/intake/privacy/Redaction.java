package org.appeals.intake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.contracts.Author;

/**
 * Takes a resident's name and contact out of texts that stay for the statistics: the resident's own texts lose every
 * e-mail address and phone number too, a department's answer only the resident's name and contact (its own phone
 * number is no one's personal data). A name is matched word by word, in any case ending ("Мария", "Марии",
 * "Марию").
 */
final class Redaction {

    static final String HIDDEN = "***";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
    // a run of digits and the separators phone numbers are written with; hidden when it holds 10 digits or more
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s().-]{8,}\\d");
    private static final int SHORTEST_NAME_WORD = 3;
    private static final int DECLINED_FROM = 4;
    private static final int FLEXION = 3;
    private static final String YO = "еёЕЁ";

    private final List<Pattern> secrets;

    private Redaction(List<Pattern> secrets) {
        this.secrets = secrets;
    }

    static Redaction of(Author author) {
        List<Pattern> secrets = new ArrayList<>();
        if (author != null) {
            if (author.contact() != null && !author.contact().isBlank()) {
                secrets.add(Pattern.compile(Pattern.quote(author.contact().strip()),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            if (author.name() != null) {
                for (String word : author.name().strip().split("[\\s.,]+")) {
                    if (word.length() >= SHORTEST_NAME_WORD) {
                        secrets.add(nameWord(word));
                    }
                }
            }
        }
        return new Redaction(List.copyOf(secrets));
    }

    /** The resident's own text: without their name, contact, e-mail addresses and phone numbers. */
    String residentsText(String text) {
        if (text == null) {
            return null;
        }
        String hidden = EMAIL.matcher(answerText(text)).replaceAll(HIDDEN);
        return DIGIT_RUN.matcher(hidden).replaceAll(Redaction::phoneHidden);
    }

    /** Someone else's text about the resident: without the resident's name and contact. */
    String answerText(String text) {
        if (text == null) {
            return null;
        }
        String hidden = text;
        for (Pattern secret : secrets) {
            hidden = secret.matcher(hidden).replaceAll(HIDDEN);
        }
        return hidden;
    }

    /**
     * The word as a whole word, е and ё alike; from four letters on, its last letter replaced by up to three
     * (declension: "Иван", "Ивану", "Иваном", but not "Иваново").
     */
    private static Pattern nameWord(String word) {
        String stem = word.length() >= DECLINED_FROM ? word.substring(0, word.length() - 1) : word;
        String ending = word.length() >= DECLINED_FROM ? "\\p{L}{0," + FLEXION + "}" : "";
        StringBuilder letters = new StringBuilder();
        stem.codePoints().forEach(letter -> letters.append(YO.indexOf(letter) >= 0 ? "[" + YO + "]"
                : Pattern.quote(Character.toString(letter))));
        return Pattern.compile("(?<!\\p{L})" + letters + ending + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String phoneHidden(MatchResult run) {
        long digits = run.group().chars().filter(Character::isDigit).count();
        return digits >= 10 ? HIDDEN : Matcher.quoteReplacement(run.group());
    }
}
