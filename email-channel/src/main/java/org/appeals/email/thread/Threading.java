package org.appeals.email.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the message-id lists of the In-Reply-To and References headers (RFC 5322 3.6.4). */
public final class Threading {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private Threading() {
    }

    /** The message ids in a header value, in order; none for null. */
    public static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    /**
     * The References of a reply to a message: the message's own references, then its id. Past {@code maxLength} the
     * middle goes, as RFC 5322 allows: the thread's first message and the latest ones are what clients thread by.
     */
    public static String references(String previous, String messageId, int maxLength) {
        List<String> ids = ids(previous);
        if (messageId != null && !ids.contains(messageId)) {
            ids.add(messageId);
        }
        while (ids.size() > 1 && String.join(" ", ids).length() > maxLength) {
            ids.remove(ids.size() > 2 ? 1 : 0);
        }
        String joined = String.join(" ", ids);
        return joined.isEmpty() || joined.length() > maxLength ? null : joined;
    }
}
