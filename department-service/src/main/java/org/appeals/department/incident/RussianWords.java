package org.appeals.department.incident;

import java.util.Map;
import java.util.Set;
import org.appeals.text.RussianText;

/**
 * Reduces one normalised word to the key texts are compared by: abbreviations read in full, little words dropped,
 * the rest cut to its Russian stem ({@link RussianText#stem}) and to at most {@value #STEM_LENGTH} letters, which
 * makes "улице", "улицы" and "ул." one word. Numbers (house numbers) are kept as they are.
 */
final class RussianWords {

    private static final int MIN_LETTERS = 3;
    // Long words of one root and different suffixes still meet ("светофор" / "светофорный"), and keys stored
    // before the shared stemmer replaced the light one still mostly equal today's.
    private static final int STEM_LENGTH = 6;

    /** Address abbreviations residents use, read as the word they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("ул", "улица"),
            Map.entry("д", "дом"), Map.entry("пр", "проспект"), Map.entry("просп", "проспект"),
            Map.entry("пер", "переулок"), Map.entry("мкр", "микрорайон"), Map.entry("мкрн", "микрорайон"),
            Map.entry("пл", "площадь"), Map.entry("ш", "шоссе"), Map.entry("кв", "квартира"));

    /** Words of three letters or more that say nothing about the problem (prepositions, pronouns, courtesies). */
    private static final Set<String> STOP_WORDS = Set.of("возле", "около", "рядом", "напротив", "через", "после",
            "перед", "между", "под", "над", "для", "без", "при", "про", "уже", "еще", "очень", "снова", "опять",
            "тоже", "также", "когда", "где", "как", "что", "чтобы", "это", "этот", "эта", "эти", "этом", "там",
            "тут", "все", "весь", "вся", "который", "которая", "которое", "которые", "просто", "пожалуйста",
            "прошу", "просим", "помогите", "здравствуйте", "добрый", "день", "спасибо", "уважаемые", "нас", "наш",
            "наша", "наше", "наши", "нам", "мне", "меня", "они", "она", "оно", "его", "нее", "них", "нет", "так",
            "или", "если", "есть", "был", "была", "было", "были", "будет", "можно", "нужно", "надо", "сегодня",
            "вчера", "давно", "сих", "пор", "такой", "какой", "того", "чем");

    private RussianWords() {
    }

    /** The word's key, or null when the word carries no meaning for comparing texts. */
    static String keyOf(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return word;
        }
        String full = ABBREVIATIONS.getOrDefault(word, word);
        if (full.length() < MIN_LETTERS || STOP_WORDS.contains(full)) {
            return null;
        }
        String stem = RussianText.stem(full);
        return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
    }
}
