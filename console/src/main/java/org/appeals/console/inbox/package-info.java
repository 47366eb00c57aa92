/** The department's pages: its inbox by nearest deadline, the appeal card with the moves the workflow allows, its incidents. */
package org.appeals.console.inbox;
