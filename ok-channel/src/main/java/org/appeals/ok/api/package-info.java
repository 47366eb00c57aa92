/** The group's OK Bot API (Graph API {@code /graph/me/...}) as the adapter uses it: subscription and messages. */
package org.appeals.ok.api;
