package org.appeals.console.review;

/**
 * A piece of the answer text as the page shows it: plain, or marked because a flag's words are in it ({@code reason}
 * is the tooltip). The template prints {@code text} escaped, so the department's text can never become markup.
 */
record Segment(String text, String reason) {

    static Segment plain(String text) {
        return new Segment(text, null);
    }

    public boolean flagged() {
        return reason != null;
    }
}
