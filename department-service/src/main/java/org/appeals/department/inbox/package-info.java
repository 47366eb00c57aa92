/** A department's inbox: the appeals assigned to it, as the department's system reads them over HTTP. */
package org.appeals.department.inbox;
