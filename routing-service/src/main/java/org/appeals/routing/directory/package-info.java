/** The departments that answer appeals, kept as data, and the rules that pick one for a classified appeal. */
package org.appeals.routing.directory;
