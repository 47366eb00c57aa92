package org.appeals.console.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Marks a flag's words wherever they stand in the answer. The check gives words, not offsets, so every occurrence
 * is marked (exactly, else ignoring case); overlapping marks merge into one with both reasons. Flags whose words are
 * not in the text (or that carry none) are listed apart, so no flag is lost.
 */
final class FlagHighlighter {

    private FlagHighlighter() {
    }

    /** The answer cut into plain and marked segments, and the flags that mark nothing. */
    record Highlighted(List<Segment> segments, List<Flag> unmarked) {
    }

    private record Mark(int start, int end, String reason) {
    }

    static Highlighted highlight(String text, List<Flag> flags) {
        String source = text == null ? "" : text;
        List<Mark> marks = new ArrayList<>();
        List<Flag> unmarked = new ArrayList<>();
        for (Flag flag : flags) {
            List<Mark> found = occurrences(source, flag);
            if (found.isEmpty()) {
                unmarked.add(flag);
            }
            marks.addAll(found);
        }
        return new Highlighted(segments(source, merged(marks)), List.copyOf(unmarked));
    }

    private static List<Mark> occurrences(String source, Flag flag) {
        String words = flag.fragment();
        if (words == null || words.isBlank()) {
            return List.of();
        }
        List<Mark> found = find(source, words, flag.reason());
        String lower = source.toLowerCase(Locale.ROOT);
        if (found.isEmpty() && lower.length() == source.length()) {
            found = find(lower, words.toLowerCase(Locale.ROOT), flag.reason());
        }
        return found;
    }

    private static List<Mark> find(String haystack, String needle, String reason) {
        List<Mark> found = new ArrayList<>();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            found.add(new Mark(at, at + needle.length(), reason));
        }
        return found;
    }

    private static List<Mark> merged(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start));
        List<Mark> merged = new ArrayList<>();
        for (Mark mark : sorted) {
            Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && mark.start() < last.end()) {
                String reason = last.reason().contains(mark.reason()) ? last.reason()
                        : last.reason() + "; " + mark.reason();
                merged.set(merged.size() - 1, new Mark(last.start(), Math.max(last.end(), mark.end()), reason));
            } else {
                merged.add(mark);
            }
        }
        return merged;
    }

    private static List<Segment> segments(String source, List<Mark> marks) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Mark mark : marks) {
            if (mark.start() > at) {
                segments.add(Segment.plain(source.substring(at, mark.start())));
            }
            segments.add(new Segment(source.substring(mark.start(), mark.end()), mark.reason()));
            at = mark.end();
        }
        if (at < source.length()) {
            segments.add(Segment.plain(source.substring(at)));
        }
        return List.copyOf(segments);
    }
}
