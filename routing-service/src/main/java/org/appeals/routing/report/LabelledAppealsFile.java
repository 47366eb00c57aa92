package org.appeals.routing.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled appeals, one JSON object a line (the format of shared/samples/appeals-sample.jsonl). */
final class LabelledAppealsFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private LabelledAppealsFile() {
    }

    static List<LabelledAppeal> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<LabelledAppeal> appeals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                appeals.add(parse(lines.get(i), i + 1));
            }
        }
        return appeals;
    }

    private static LabelledAppeal parse(String line, int number) {
        try {
            LabelledAppeal appeal = JSON.readValue(line, LabelledAppeal.class);
            if (appeal.text() == null || appeal.category() == null || appeal.municipality() == null) {
                throw new IllegalArgumentException("line " + number + " needs text, category and municipality");
            }
            return appeal;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("line " + number + " is not a labelled appeal: "
                    + e.getOriginalMessage(), e);
        }
    }
}
