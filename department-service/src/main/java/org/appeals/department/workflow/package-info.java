/** The states an appeal goes through in a department and which moves between them are allowed; no I/O here. */
package org.appeals.department.workflow;
