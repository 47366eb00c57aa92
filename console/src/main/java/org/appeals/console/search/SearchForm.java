package org.appeals.console.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The search form as the person filled it in, every field as typed (blank when not used). It is read back into the
 * page, turned into intake's query ({@link #apiQuery()}) and into the page's own links ({@link #link}); checking the
 * values is intake's job, so a bad one comes back as its 400 and is shown beside the form.
 */
record SearchForm(String q, String id, List<String> statuses, String category, String municipality,
                  String department, String channel, String from, String to, String overdue, String page,
                  String size, String sort) {

    static final String NEWEST = "newest";
    static final String OLDEST = "oldest";
    static final String DUE = "due";

    SearchForm {
        statuses = statuses.stream().filter(status -> !status.isBlank()).distinct().toList();
    }

    static SearchForm of(MultiValueMap<String, String> params) {
        return new SearchForm(one(params, "q"), one(params, "id"), all(params, "status"), one(params, "category"),
                one(params, "municipality"), one(params, "department"), one(params, "channel"), one(params, "from"),
                one(params, "to"), one(params, "overdue"), one(params, "page"), one(params, "size"),
                one(params, "sort"));
    }

    /** The order in force: newest first unless another was asked for. */
    public String order() {
        return sort.isEmpty() ? NEWEST : sort;
    }

    public boolean hasStatus(String code) {
        return statuses.contains(code);
    }

    /** {@code GET /api/v1/appeals} with the filters that are set, values left to the client to encode. */
    ApiQuery apiQuery() {
        return ApiQuery.of("/api/v1/appeals", parameters(page, sort));
    }

    /** This search on another page or in another order (a new order starts again on the first page). */
    public String link(int toPage, String toSort) {
        StringBuilder link = new StringBuilder("/search");
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : parameters(String.valueOf(toPage), toSort).entrySet()) {
            for (String value : parameter.getValue()) {
                link.append(separator).append(parameter.getKey()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return link.toString();
    }

    /** The same search, sorted by {@code toSort}, from its first page. */
    public String sortLink(String toSort) {
        return link(0, toSort);
    }

    private Map<String, List<String>> parameters(String atPage, String inOrder) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", q);
        put(parameters, "id", id);
        if (!statuses.isEmpty()) {
            parameters.put("status", statuses);
        }
        put(parameters, "category", category);
        put(parameters, "municipality", municipality);
        put(parameters, "department", department);
        put(parameters, "channel", channel);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "overdue", overdue);
        put(parameters, "page", atPage);
        put(parameters, "size", size);
        put(parameters, "sort", inOrder);
        return parameters;
    }

    /** Blank fields stay out, and so does the first page, which is the default: links stay short. */
    private static void put(Map<String, List<String>> parameters, String name, String value) {
        boolean firstPage = "page".equals(name) && "0".equals(value);
        if (value != null && !value.isEmpty() && !firstPage) {
            parameters.put(name, List.of(value));
        }
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static List<String> all(MultiValueMap<String, String> params, String name) {
        List<String> values = new ArrayList<>();
        params.getOrDefault(name, List.of()).forEach(value -> values.add(value.strip()));
        return values;
    }
}
