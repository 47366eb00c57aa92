package org.appeals.routing.learning;

import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;

/**
 * What a person decided about an appeal's text: the category and municipality an operator chose in triage or when
 * correcting a redirect. {@code recordedBy} is the operator's client id, never a resident.
 */
public record LabelledExample(UUID appealId, String text, Category category, Municipality municipality,
                              Source source, String recordedBy, Instant recordedAt) {

    /** Where the decision was made. */
    public enum Source { TRIAGE, REDIRECT }

    /** One example per appeal and source: recording the same key again is a relabelling and replaces it. */
    public String key() {
        return appealId + ":" + source;
    }

    /** Leaves out the resident's text. */
    @Override
    public String toString() {
        return "LabelledExample[appealId=" + appealId + ", category=" + category + ", municipality=" + municipality
                + ", source=" + source + "]";
    }
}
