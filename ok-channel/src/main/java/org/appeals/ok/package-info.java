/**
 * The OK channel: updates from the group's Bot API webhook become appeals (or the resident's replies) through the
 * gateway; the platform's signed replies go back into the resident's chat, answering their message.
 */
package org.appeals.ok;
