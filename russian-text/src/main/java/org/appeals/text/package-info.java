/** Reading Russian text one way across the platform: normal form, words and their stems. */
package org.appeals.text;
