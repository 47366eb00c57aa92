/** HTTP conventions: who is calling (as the gateway vouches) and errors as RFC 9457 problem details. */
package org.appeals.support.web;
