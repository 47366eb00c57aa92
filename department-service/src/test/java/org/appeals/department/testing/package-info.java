/** What the department service's integration tests share: the running service, its HTTP API, event fixtures. */
package org.appeals.department.testing;
