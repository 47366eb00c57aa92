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

    /** Refuses a profile without channel or category; priority defaults to NORMAL. */
    public AppealProfile {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        priority = priority == null ? Priority.NORMAL : priority;
    }
}
