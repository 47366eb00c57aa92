package org.appeals.routing.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: classifies the shared samples and the dev evaluation set over and over on one thread, after a warm-up,
 * and prints appeals per second. Run from the module directory, on the test classpath:
 * {@code java -cp <test classpath> org.appeals.routing.classify.ClassifierBenchmark [seconds]}.
 */
public final class ClassifierBenchmark {

    static final List<Path> TEXTS = List.of(LabelledSamplesTest.SAMPLES,
            Path.of("src/test/resources/evaluation/appeals-dev.jsonl"));

    private ClassifierBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Duration measured = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        Classifier classifier = Classifier.standard();
        List<String> texts = texts();
        run(classifier, texts, Duration.ofSeconds(3)); // warm-up for the JIT
        long start = System.nanoTime();
        long count = run(classifier, texts, measured);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d appeals (%d distinct) in %.1f s on one thread: %.0f appeals/second%n",
                count, texts.size(), seconds, count / seconds);
    }

    static List<String> texts() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = new ArrayList<>();
        for (Path file : TEXTS) {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode appeal = json.readTree(line);
                    texts.add(appeal.get("text").asString());
                }
            }
        }
        return texts;
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
