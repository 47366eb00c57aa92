package org.appeals.notification.render;

/** A status notice the resident gets besides the department's answers. */
public enum Notice {
    /** The appeal is registered; the resident learns its number. */
    REGISTERED,
    /** Routing assigned the appeal; the resident learns which department works on it. */
    ASSIGNED
}
