package org.appeals.department.review;

/** Why an answer is likely to come back from the centre for rework. */
public enum FlagCode {
    TOO_SHORT,
    FORMAL_ONLY,
    PROMISE_WITHOUT_DATE,
    LAW_INSTEAD_OF_ANSWER,
    THIRD_PARTY_PERSONAL_DATA
}
