/** Automatic review of an answer's text: flags the answers the centres return to the department for rework. */
package org.appeals.department.review;
