package org.appeals.console.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A path with its query as a URI template ({@code /api/v1/appeals?q={q0}&status={status0}&status={status1}}) and the
 * values of its variables: the HTTP client encodes each value whole, so a "&" or "+" a person typed stays part of
 * the value.
 */
record ApiQuery(String template, Map<String, String> variables) {

    static ApiQuery of(String path, Map<String, List<String>> parameters) {
        StringBuilder template = new StringBuilder(path);
        Map<String, String> variables = new LinkedHashMap<>();
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            List<String> values = parameter.getValue();
            for (int i = 0; i < values.size(); i++) {
                String variable = parameter.getKey() + i;
                template.append(separator).append(parameter.getKey()).append("={").append(variable).append('}');
                variables.put(variable, values.get(i));
                separator = '&';
            }
        }
        return new ApiQuery(template.toString(), Map.copyOf(variables));
    }
}
