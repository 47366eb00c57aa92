package org.appeals.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every classification lands in the confidence histogram, in the bucket its confidence belongs to. */
class ClassificationMetricsTest {

    @Test
    void eachClassificationRecordsItsCategoryAndMunicipalityConfidence() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Classifier classifier = Classifier.standard().observedBy(new ClassificationMetrics(registry)::record);

        Classification sure = classifier.classify("Огромная яма на дороге в Михайловке", null);
        classifier.classify("Здравствуйте", null);

        DistributionSummary category = registry.get(ClassificationMetrics.NAME).tag("of", "category").summary();
        assertThat(category.count()).isEqualTo(2);
        assertThat(category.totalAmount()).isEqualTo(sure.categoryConfidence());
        assertThat(bucket(category, 0.1)).as("the unplaceable text, confidence 0").isEqualTo(1);
        assertThat(bucket(category, 1.0)).isEqualTo(2);
        assertThat(registry.get(ClassificationMetrics.NAME).tag("of", "municipality").summary().count()).isEqualTo(2);
    }

    private static double bucket(DistributionSummary summary, double upTo) {
        return Arrays.stream(summary.takeSnapshot().histogramCounts())
                .filter(b -> b.bucket() == upTo).mapToDouble(CountAtBucket::count).findFirst().orElseThrow();
    }
}
