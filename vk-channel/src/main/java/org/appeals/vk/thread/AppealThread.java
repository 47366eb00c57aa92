package org.appeals.vk.thread;

/** A VK thread (conversation, top-level comment, post) and the appeal started in it. */
public record AppealThread(String key, String appealId, String registrationNumber, String accessCode,
                           boolean answered) {
}
