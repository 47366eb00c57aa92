package org.appeals.notification.delivery;

/** How one attempt at handing a reply to its channel went. */
public enum AttemptResult {
    SUCCESS,
    FAILURE
}
