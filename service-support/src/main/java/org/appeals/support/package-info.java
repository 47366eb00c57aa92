/** What every appeals service shares, wired by Spring Boot auto-configuration. */
package org.appeals.support;
