package org.appeals.department.review;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads the check's phrase lists and thresholds from the classpath at start-up. */
final class CheckRulesFile {

    static final String DEFAULT = "review/answer-checks.json";

    private CheckRulesFile() {
    }

    static CheckRules load(String resource) {
        try (InputStream in = CheckRulesFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Answer check rules not found on the classpath: " + resource);
            }
            return JsonMapper.builder().build().readValue(in, CheckRules.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Answer check rules are unreadable: " + resource, e);
        }
    }
}
