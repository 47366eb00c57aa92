/** The operator's start page: counts of what needs a person now, live. */
package org.appeals.console.today;
