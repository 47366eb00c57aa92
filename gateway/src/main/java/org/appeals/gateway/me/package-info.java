/** Who the caller is, as the gateway identified it: for clients such as the console that shape pages by role. */
package org.appeals.gateway.me;
