/** The adapter's settings from the environment, refused at start when a required one is missing. */
package org.appeals.vk.settings;
