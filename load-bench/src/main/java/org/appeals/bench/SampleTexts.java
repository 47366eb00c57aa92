package org.appeals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Channel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Realistic appeals to replay: channel and text of every line of the given JSONL samples files. */
public final class SampleTexts {

    private SampleTexts() {
    }

    /** One sample: the channel it came through and the resident's words. */
    public record Sample(Channel channel, String text) {
        @Override
        public String toString() {
            return "Sample[" + channel + "]";
        }
    }

    /** Every sample of the files, in order; none at all is an error. */
    public static List<Sample> read(List<Path> files, JsonMapper json) {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        JsonNode node = json.readTree(line);
                        samples.add(new Sample(Channel.valueOf(node.path("channel").asString()),
                                node.path("text").asString()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read samples file " + file, e);
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No sample appeals in " + files);
        }
        return samples;
    }
}
