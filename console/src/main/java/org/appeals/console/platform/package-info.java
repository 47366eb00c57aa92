/** The platform's API through the gateway, called as the logged-in person; its errors as {@link org.appeals.console.platform.PlatformProblem}. */
package org.appeals.console.platform;
