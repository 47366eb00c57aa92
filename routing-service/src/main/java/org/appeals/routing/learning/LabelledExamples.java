package org.appeals.routing.learning;

import java.time.Instant;
import java.util.List;

/** The labelled examples people produced; recording the same appeal and source again replaces the earlier one. */
public interface LabelledExamples {

    void record(LabelledExample example);

    List<LabelledExample> all();

    /** The examples stored or relabelled at or after {@code since} (the store's clock), oldest first. */
    List<StoredExample> storedSince(Instant since);
}
