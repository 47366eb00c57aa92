/** Who is logged in and the frame every page shares (templates/layout.html). */
package org.appeals.console.layout;
