package org.appeals.email.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts our own reply out of a resident's answer to it: mail programs quote the message replied to below an
 * attribution line ("… написал(а):", "… wrote:") or with "&gt;" at the start of each line. Intake records only what
 * the resident wrote.
 */
final class QuotedText {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu).*(написал|написала|написал\\(а\\)|пишет|wrote)\\s*:\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?iu)^\\s*-{2,}\\s*(original message|исходное сообщение|пересылаемое сообщение).*$");

    private QuotedText() {
    }

    /** The text without the quote; the text as it was if nothing else is left. */
    static String strip(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (ORIGINAL_MESSAGE.matcher(line).matches()) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line);
            }
        }
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isBlank()
                || ATTRIBUTION.matcher(kept.get(kept.size() - 1)).matches())) {
            kept.remove(kept.size() - 1);
        }
        String stripped = String.join("\n", kept).strip();
        return stripped.isEmpty() ? text : stripped;
    }
}
