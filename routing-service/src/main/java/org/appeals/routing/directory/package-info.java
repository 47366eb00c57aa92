/** The departments that answer appeals and the routing rules over them (defaults and overrides), as a pure model. */
package org.appeals.routing.directory;
