package org.appeals.routing.learning;

import java.util.List;

/** The labelled examples people produced; recording the same appeal and source again replaces the earlier one. */
public interface LabelledExamples {

    void record(LabelledExample example);

    List<LabelledExample> all();
}
