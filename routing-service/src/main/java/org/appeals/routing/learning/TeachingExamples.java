package org.appeals.routing.learning;

import java.util.List;
import org.appeals.routing.classify.ExampleModel;

/**
 * The labelled examples store that also teaches the classifier: what is stored is learned at once, so the next
 * classification already knows it, and everything stored before is learned when the service starts.
 */
final class TeachingExamples implements LabelledExamples {

    private final LabelledExamples store;
    private final ExampleModel model;

    private TeachingExamples(LabelledExamples store, ExampleModel model) {
        this.store = store;
        this.model = model;
    }

    /** Wraps a store, teaching the model every example the store already holds. */
    static TeachingExamples over(LabelledExamples store, ExampleModel model) {
        TeachingExamples examples = new TeachingExamples(store, model);
        store.all().forEach(examples::teach);
        return examples;
    }

    @Override
    public void record(LabelledExample example) {
        store.record(example); // stored first: a lesson that is not kept would be forgotten at the next start
        teach(example);
    }

    @Override
    public List<LabelledExample> all() {
        return store.all();
    }

    private void teach(LabelledExample example) {
        model.learn(example.appealId() + ":" + example.source(), example.text(), example.category());
    }
}
