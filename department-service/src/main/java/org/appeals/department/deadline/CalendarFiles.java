package org.appeals.department.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reads the production calendar's yearly files from the classpath. */
final class CalendarFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CalendarFiles() {
    }

    static ProductionCalendar load(String location, List<Integer> years) {
        Map<Integer, CalendarYear> loaded = new HashMap<>();
        for (int year : years) {
            loaded.put(year, read(location + "/ru-" + year + ".json", year));
        }
        return new ProductionCalendar(loaded);
    }

    private static CalendarYear read(String resource, int year) {
        try (InputStream in = CalendarFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Production calendar file missing: " + resource);
            }
            CalendarYear parsed = JSON.readValue(in, CalendarYear.class);
            if (parsed.year() != year) {
                throw new IllegalStateException(resource + " describes year " + parsed.year());
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
