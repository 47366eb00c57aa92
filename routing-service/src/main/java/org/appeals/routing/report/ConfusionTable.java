package org.appeals.routing.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appeals.contracts.Category;

/** Expected categories as rows, predicted ones as columns, codes cut to four letters; empty rows are left out. */
final class ConfusionTable {

    private final Map<Category, Map<Category, Integer>> cells = new EnumMap<>(Category.class);

    ConfusionTable(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            cells.computeIfAbsent(outcome.appeal().category(), c -> new EnumMap<>(Category.class))
                    .merge(outcome.classification().category(), 1, Integer::sum);
        }
    }

    int cell(Category expected, Category predicted) {
        return cells.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    String render() {
        StringBuilder out = new StringBuilder(String.format("%-6s", "exp\\got"));
        for (Category predicted : Category.values()) {
            out.append(String.format("%5s", abbreviate(predicted)));
        }
        out.append('\n');
        for (Category expected : cells.keySet()) {
            out.append(String.format("%-7s", abbreviate(expected)));
            for (Category predicted : Category.values()) {
                int count = cell(expected, predicted);
                out.append(String.format("%5s", count == 0 ? "." : Integer.toString(count)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String abbreviate(Category category) {
        return category.name().substring(0, Math.min(4, category.name().length()));
    }
}
