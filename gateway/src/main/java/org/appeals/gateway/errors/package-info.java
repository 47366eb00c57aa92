/** Errors the gateway itself answers, as RFC 9457 problem details: unreachable backends and servlet errors. */
package org.appeals.gateway.errors;
