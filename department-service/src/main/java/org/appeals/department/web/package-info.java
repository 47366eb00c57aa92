/** HTTP rules shared by the department endpoints: who may act for a department, path ids, body size limits. */
package org.appeals.department.web;
