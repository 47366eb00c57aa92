package org.appeals.department.answer;

/** Body of {@code POST …/redirect}: why the appeal is not this department's to answer. */
record RedirectRequest(String reason) {
}
