package org.appeals.routing.directory;

/** One way an appeal can go: the department and the rule id that sends it there. */
public record Route(Department department, String ruleId) {
}
