/**
 * Replies from the platform's signed webhook, taken once per delivery and posted in place: {@code messages.send}
 * with a {@code random_id} derived from the delivery, {@code wall.createComment} with {@code reply_to_comment} and
 * {@code guid}; then the receipt.
 */
package org.appeals.vk.reply;
