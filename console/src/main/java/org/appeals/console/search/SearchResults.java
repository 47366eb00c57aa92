package org.appeals.console.search;

import java.time.Instant;
import java.util.List;
import org.appeals.console.layout.Me;
import tools.jackson.databind.JsonNode;

/** One page of intake's answer ({@code {items, page, size, total}}) as the table and the pager show it. */
record SearchResults(List<FoundAppeal> rows, Pager pager) {

    static SearchResults of(JsonNode answer, Instant now, Me me) {
        List<FoundAppeal> rows = answer.path("items").valueStream().map(item -> FoundAppeal.of(item, now, me))
                .toList();
        Pager pager = new Pager(answer.path("page").asInt(0), answer.path("size").asInt(rows.size()),
                answer.path("total").asLong(rows.size()));
        return new SearchResults(rows, pager);
    }
}
