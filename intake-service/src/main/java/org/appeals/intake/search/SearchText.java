package org.appeals.intake.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.contracts.Author;
import org.appeals.text.RussianText;

/** How the search reads a resident's text: its stems (through {@link RussianText}) and a short excerpt to show. */
final class SearchText {

    static final int EXCERPT_LENGTH = 160;

    private static final String HIDDEN = "…";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.\\p{L}{2,}");
    // a run of digits and the separators phone numbers are written with; masked when it holds 10 digits or more
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s().-]{8,}\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The distinct stems of the words, stop words (и, в, не…) left out: "Ямы на дорогах" gives [ям, дорог]. */
    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text != null) {
            RussianText.words(text).stream()
                    .filter(word -> !RussianText.isStopWord(word.text()))
                    .forEach(word -> stems.add(word.stem()));
        }
        return stems;
    }

    /**
     * The beginning of the text on one line, with the author's name and contact, e-mail addresses and phone numbers
     * hidden: the list is read by more people than the appeal, and a name in the text is the resident's own.
     */
    static String excerpt(String text, Author author) {
        if (text == null) {
            return "";
        }
        String shown = SPACES.matcher(text).replaceAll(" ").strip();
        if (author != null) {
            shown = hide(shown, author.name());
            shown = hide(shown, author.contact());
        }
        shown = EMAIL.matcher(shown).replaceAll(HIDDEN);
        shown = DIGIT_RUN.matcher(shown).replaceAll(SearchText::phoneHidden);
        return cut(shown);
    }

    private static String hide(String text, String secret) {
        if (secret == null || secret.isBlank()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(secret.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text).replaceAll(HIDDEN);
    }

    private static String phoneHidden(MatchResult run) {
        long digits = run.group().chars().filter(Character::isDigit).count();
        return digits >= 10 ? HIDDEN : Matcher.quoteReplacement(run.group());
    }

    /** At most {@link #EXCERPT_LENGTH} characters, cut at a word's end where there is one. */
    private static String cut(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        if (end < EXCERPT_LENGTH / 2) {
            end = EXCERPT_LENGTH - 1;
        }
        return text.substring(0, end).strip() + HIDDEN;
    }
}
