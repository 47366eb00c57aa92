/**
 * VK's Callback API: the confirmation, the secret of every event, each event recorded once (by {@code event_id})
 * and acknowledged with {@code ok}, then turned into an appeal or a resident's reply in the background.
 */
package org.appeals.vk.callback;
