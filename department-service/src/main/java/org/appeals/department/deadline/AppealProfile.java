package org.appeals.department.deadline;

import java.util.Objects;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;

/**
 * What the deadline rules look at in an appeal.
 *
 * @param formal a written appeal registered under Federal Law 59-ФЗ
 */
public record AppealProfile(Channel channel, Category category, Priority priority, boolean formal) {

    /**
     * Refuses a profile without category; priority defaults to NORMAL. The channel may be unknown (null) while
     * intake's event has not arrived: then no rule naming channels matches.
     */
    public AppealProfile {
        Objects.requireNonNull(category, "category");
        priority = priority == null ? Priority.NORMAL : priority;
    }
}
