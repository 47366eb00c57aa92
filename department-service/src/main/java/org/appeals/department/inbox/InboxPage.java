package org.appeals.department.inbox;

import java.util.List;
import org.appeals.department.web.AppealView;

/** One page of a department's inbox, in the order asked. */
record InboxPage(String departmentId, List<AppealView> items) {
}
