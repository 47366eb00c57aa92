package org.appeals.vk.gateway;

/** Intake's answer to a submission: the appeal (for a resident's reply: the appeal replied to) and, for a new one, its number and code. */
public record Registered(String appealId, String registrationNumber, String accessCode) {
}
