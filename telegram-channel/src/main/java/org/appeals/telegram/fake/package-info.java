/**
 * A local fake of the Telegram Bot API for the demo and the tests: the methods this adapter calls, with Telegram's
 * request and response shapes and errors, plus a control API that plays the residents.
 */
package org.appeals.telegram.fake;
