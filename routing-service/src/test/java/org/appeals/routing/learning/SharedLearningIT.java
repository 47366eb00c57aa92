package org.appeals.routing.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.routing.classify.Classification;
import org.appeals.routing.classify.Classifier;
import org.appeals.support.testing.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two routing instances over one MongoDB-wire database: an operator's decision recorded through one is learned by
 * the other once its follower ran, so both route the same kind of text the same way, relabellings included.
 */
class SharedLearningIT {

    private static final String TRIAGED = "Михайловка, петухи у соседа кукарекают с четырёх утра, никто не спит";
    private static final String SAME_KIND = "Опять соседский петух кукарекает в четыре часа, в Михайловке спать нельзя";

    @RegisterExtension
    static final FreshDatabase mongo = new FreshDatabase("shared-learning");

    @Test
    void anExampleRecordedThroughOneInstanceIsLearnedByTheOtherAfterItsFollowerRan() {
        Instance first = new Instance();
        Instance second = new Instance();

        first.examples.record(operatorDecision(UUID.randomUUID(), Category.ANIMALS));
        assertThat(second.classify().category()).as("not followed yet").isEqualTo(Category.OTHER);
        second.follower.follow();

        assertThat(second.classifier.examples().examples()).isEqualTo(1);
        assertThat(second.classify().category()).isEqualTo(Category.ANIMALS);
        assertThat(second.classify().categoryConfidence()).isEqualTo(first.classify().categoryConfidence());
    }

    @Test
    void aRelabellingThroughOneInstanceReplacesTheLessonInTheOther() {
        Instance first = new Instance();
        Instance second = new Instance();
        UUID appealId = UUID.randomUUID();
        first.examples.record(operatorDecision(appealId, Category.ANIMALS));
        second.follower.follow();

        second.examples.record(operatorDecision(appealId, Category.SAFETY));
        first.follower.follow();

        assertThat(first.classifier.examples().examples()).isEqualTo(1);
        assertThat(second.classify().category()).isEqualTo(Category.SAFETY);
        assertThat(first.classify().category()).isEqualTo(Category.SAFETY);
        assertThat(first.classify().categoryConfidence()).isEqualTo(second.classify().categoryConfidence());
    }

    @Test
    void followingAgainAndAgainLearnsEachExampleOnce() {
        Instance first = new Instance();
        Instance second = new Instance();
        first.examples.record(operatorDecision(UUID.randomUUID(), Category.ANIMALS));
        first.examples.record(operatorDecision(UUID.randomUUID(), Category.ANIMALS));

        for (int run = 0; run < 3; run++) {
            second.follower.follow();
            first.follower.follow();
        }

        assertThat(first.classifier.examples().examples()).isEqualTo(2);
        assertThat(second.classifier.examples().examples()).isEqualTo(2);
    }

    private static LabelledExample operatorDecision(UUID appealId, Category category) {
        return new LabelledExample(appealId, TRIAGED, category, Municipality.MIKHAILOVKA,
                LabelledExample.Source.TRIAGE, "demo-operator", Instant.now());
    }

    /** One routing instance: its own classifier, store and follower, as LearningConfiguration wires them. */
    private final class Instance {

        final Classifier classifier = Classifier.standard();
        final LabelledExamples examples = new TeachingExamples(new MongoLabelledExamples(mongo.database()),
                classifier.examples());
        final ExampleFollower follower = new ExampleFollower(examples, classifier.examples(), Duration.ofSeconds(30));

        Classification classify() {
            return classifier.classify(SAME_KIND, null);
        }
    }
}
