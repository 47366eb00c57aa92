package org.appeals.routing.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.classify.Classifier;
import org.junit.jupiter.api.Test;

/**
 * Recording an example stores it and teaches the classifier; the same appeal relabelled replaces its lesson, and
 * following the store relearns nothing twice.
 */
class TeachingExamplesTest {

    private final List<LabelledExample> stored = new ArrayList<>();
    private final LabelledExamples store = new LabelledExamples() {
        @Override
        public void record(LabelledExample example) {
            stored.add(example);
        }

        @Override
        public List<LabelledExample> all() {
            return List.copyOf(stored);
        }

        @Override
        public List<StoredExample> storedSince(Instant since) {
            return stored.stream().map(example -> new StoredExample(example, Instant.EPOCH)).toList();
        }
    };
    private final Classifier classifier = Classifier.standard();

    @Test
    void aRecordedExampleIsStoredAndLearnedBeforeTheNextClassification() {
        LabelledExamples examples = new TeachingExamples(store, classifier.examples());

        examples.record(example(UUID.randomUUID(), Category.ANIMALS));

        assertThat(examples.all()).hasSize(1);
        assertThat(classifier.classify("петух кукарекает у соседей", null).category()).isEqualTo(Category.ANIMALS);
    }

    @Test
    void theSameAppealRelabelledCountsOnce() {
        LabelledExamples examples = new TeachingExamples(store, classifier.examples());
        UUID appeal = UUID.randomUUID();

        examples.record(example(appeal, Category.SAFETY));
        examples.record(example(appeal, Category.ANIMALS));

        assertThat(classifier.examples().examples()).isEqualTo(1);
        assertThat(classifier.classify("петух кукарекает у соседей", null).category()).isEqualTo(Category.ANIMALS);
    }

    @Test
    void followingTheStoreAfterRecordingCountsEachExampleOnce() {
        LabelledExamples examples = new TeachingExamples(store, classifier.examples());
        ExampleFollower follower = new ExampleFollower(examples, classifier.examples(), Duration.ofSeconds(30));

        examples.record(example(UUID.randomUUID(), Category.ANIMALS));
        follower.catchUp();
        follower.catchUp();

        assertThat(classifier.examples().examples()).isEqualTo(1);
    }

    private static LabelledExample example(UUID appeal, Category category) {
        return new LabelledExample(appeal, "Петухи соседа кукарекают с четырёх утра", category,
                Municipality.UNKNOWN, LabelledExample.Source.TRIAGE, "demo-operator", Instant.now());
    }
}
