package org.appeals.routing.classify;

import java.time.Duration;
import java.util.List;

/**
 * Not a test: classifies the labelled samples over and over for a few seconds and prints appeals per second.
 * Run from the module directory, on the test classpath:
 * {@code java -cp <test classpath> org.appeals.routing.classify.ClassifierBenchmark [seconds]}.
 */
public final class ClassifierBenchmark {

    private ClassifierBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration measured = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        Classifier classifier = Classifier.standard();
        List<String> texts = LabelledSamplesTest.samples().stream().map(LabelledSamplesTest.Sample::text).toList();
        run(classifier, texts, Duration.ofSeconds(1)); // warm-up for the JIT
        long count = run(classifier, texts, measured);
        System.out.printf("%d appeals in %d s: %.0f appeals/second%n", count, measured.toSeconds(),
                count / (double) measured.toSeconds());
    }

    private static long run(Classifier classifier, List<String> texts, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long count = 0;
        while (System.nanoTime() < end) {
            for (String text : texts) {
                classifier.classify(text, null);
            }
            count += texts.size();
        }
        return count;
    }
}
