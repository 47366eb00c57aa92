/** Which appeals each chat has, and which of the bot's messages belong to which appeal; /status. */
package org.appeals.telegram.chat;
