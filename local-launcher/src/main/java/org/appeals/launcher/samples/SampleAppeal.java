package org.appeals.launcher.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appeals.contracts.Channel;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** One line of a samples file: an appeal with the category and municipality a person labelled it with. */
record SampleAppeal(Channel channel, String externalId, String text, String category, String municipality) {

    /** Reads a JSONL file, skipping blank lines; a bad line fails with its number. */
    static List<SampleAppeal> readAll(Path file, JsonMapper json) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read samples file " + file, e);
        }
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> !lines.get(i).isBlank())
                .mapToObj(i -> parse(lines.get(i), i + 1, file, json))
                .toList();
    }

    private static SampleAppeal parse(String line, int number, Path file, JsonMapper json) {
        try {
            SampleAppeal sample = json.readValue(line, SampleAppeal.class);
            if (sample.channel() == null || sample.externalId() == null || sample.text() == null) {
                throw new IllegalArgumentException("line " + number + " of " + file + " needs channel, externalId and text");
            }
            return sample;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("line " + number + " of " + file + " is not a sample appeal: "
                    + e.getOriginalMessage());
        }
    }

    /** Leaves the resident's words out. */
    @Override
    public String toString() {
        return "SampleAppeal[" + channel + " " + externalId + "]";
    }
}
