package org.appeals.department.review;

import java.util.List;

/** Everything the automatic check found in one answer; no flags means nothing to return for rework. */
public record CheckResult(List<AnswerFlag> flags) {

    public CheckResult {
        flags = List.copyOf(flags);
    }

    /** Whether the answer raised no flag. */
    public boolean clean() {
        return flags.isEmpty();
    }

    /** Whether the answer raised a flag of this kind. */
    public boolean has(FlagCode code) {
        return flags.stream().anyMatch(flag -> flag.code() == code);
    }
}
