package org.appeals.console.incidents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The incident's answer state in one line: the same for all members ("ответ на проверке"), or counted. */
final class AnswerSummary {

    private AnswerSummary() {
    }

    static String of(List<MemberState> members) {
        if (members.isEmpty()) {
            return MemberState.NO_ANSWER;
        }
        Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(MemberState::answer,
                LinkedHashMap::new, Collectors.counting()));
        if (counts.size() == 1) {
            return counts.keySet().iterator().next() + (members.size() > 1 ? " (у всех обращений)" : "");
        }
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }
}
