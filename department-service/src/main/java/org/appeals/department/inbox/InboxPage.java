package org.appeals.department.inbox;

import java.util.List;

/** One page of a department's inbox, the most recently assigned first. */
record InboxPage(String departmentId, List<InboxItem> items) {
}
