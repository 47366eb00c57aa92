package org.appeals.department.deadline;

/** How fast an appeal must be handled; URGENT shortens the first-reaction deadline. */
public enum Priority {
    NORMAL,
    URGENT
}
