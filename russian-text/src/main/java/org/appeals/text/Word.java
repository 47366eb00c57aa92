package org.appeals.text;

/**
 * One word of a text.
 *
 * @param text  the word in normal form ({@link RussianText#normalise}: lower case, ё as е)
 * @param stem  its Russian stem ({@link RussianText#stem})
 * @param start where it starts in the original text
 * @param end   where it ends in the original text (exclusive)
 */
public record Word(String text, String stem, int start, int end) {
}
