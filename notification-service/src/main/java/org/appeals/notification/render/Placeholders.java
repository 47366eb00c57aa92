package org.appeals.notification.render;

import java.util.Map;

/**
 * Fills {@code {name}} placeholders in one pass over the template only: braces inside a filled-in value (an answer
 * that quotes "{text}") are left as they are, and an unknown placeholder stays visible.
 */
final class Placeholders {

    private Placeholders() {
    }

    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() * 2);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String value = values.get(template.substring(open + 1, close));
            out.append(template, i, open).append(value != null ? value : template.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }
}
