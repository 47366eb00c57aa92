/** Department service: inboxes of the departments that answer appeals, and their answers. */
package org.appeals.department;
