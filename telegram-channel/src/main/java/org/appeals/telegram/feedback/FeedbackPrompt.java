package org.appeals.telegram.feedback;

/** The buttons under one final answer: the appeal, and what the resident chose so far. */
record FeedbackPrompt(String key, String appealId, long chatId, Integer rating, Boolean solved, boolean submitted) {

    boolean complete() {
        return rating != null && solved != null;
    }
}
