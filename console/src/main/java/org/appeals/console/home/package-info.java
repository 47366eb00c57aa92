/** Where a person lands after login. */
package org.appeals.console.home;
