package org.appeals.department.inbox;

import java.util.List;
import org.appeals.department.appeal.DepartmentAppeal;

/** Where a department's inbox is read from. */
interface InboxStore {

    /** A department's inbox, filtered and ordered as asked. */
    List<DepartmentAppeal> inbox(InboxCriteria criteria);
}
