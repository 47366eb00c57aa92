package org.appeals.department.answer;

/** Body of {@code POST …/clarification}: the question the resident is asked. */
record ClarificationRequest(String question) {
}
