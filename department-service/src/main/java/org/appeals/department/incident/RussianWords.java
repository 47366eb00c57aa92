package org.appeals.department.incident;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reduces one lower-case word to the key texts are compared by. A light stemmer of our own (the service has no
 * Lucene): it strips one case or adjective ending and keeps at most {@value #STEM_LENGTH} letters, which is enough
 * to make "улице", "улицы" and "ул." one word. Numbers (house numbers) are kept as they are.
 */
final class RussianWords {

    private static final int MIN_LETTERS = 3;
    private static final int STEM_LENGTH = 6;
    private static final int MIN_STEM = 2;

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

    /** Case and adjective endings, the longest tried first; verb endings are left alone, they eat noun stems. */
    private static final List<String> ENDINGS = Stream.of("иями", "ями", "ами", "ией", "иях", "иям", "ием", "ого",
                    "его", "ому", "ему", "ыми", "ими", "ых", "их", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
                    "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ую", "юю", "ов", "ев", "ью", "ия", "а", "я",
                    "о", "е", "ы", "и", "у", "ю", "ь", "й")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

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
        String stem = stem(full);
        return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
    }

    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
