/** The routing directory and rules as the centres see and change them: departments, overrides, and who changed what. */
package org.appeals.console.directory;
