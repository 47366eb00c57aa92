package org.appeals.routing.learning;

import java.time.Instant;
import java.util.List;
import org.appeals.routing.classify.ExampleModel;

/**
 * The labelled examples store that also teaches this instance's classifier: what is recorded here is learned at
 * once, so the next classification here already knows it. What other instances record reaches this one through
 * {@link ExampleFollower}.
 */
final class TeachingExamples implements LabelledExamples {

    private final LabelledExamples store;
    private final ExampleModel model;

    TeachingExamples(LabelledExamples store, ExampleModel model) {
        this.store = store;
        this.model = model;
    }

    @Override
    public void record(LabelledExample example) {
        store.record(example); // stored first: a lesson that is not kept would be forgotten at the next start
        model.learn(example.key(), example.text(), example.category());
    }

    @Override
    public List<LabelledExample> all() {
        return store.all();
    }

    @Override
    public List<StoredExample> storedSince(Instant since) {
        return store.storedSince(since);
    }
}
