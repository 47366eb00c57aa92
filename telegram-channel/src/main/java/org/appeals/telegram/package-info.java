/** The Telegram channel adapter: a Telegram bot in front of the platform's documented adapter contract. */
package org.appeals.telegram;
