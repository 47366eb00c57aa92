package org.appeals.vk.callback;

/** An event as recorded: its {@code event_id}, type and the JSON VK sent. */
record StoredEvent(String eventId, String type, String json) {
}
