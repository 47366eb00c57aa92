/** Redirects: a department's "not ours" places the appeal again, never with a department that declined it. */
package org.appeals.routing.redirect;
