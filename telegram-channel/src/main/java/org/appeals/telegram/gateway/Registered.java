package org.appeals.telegram.gateway;

/**
 * The gateway's 202 to {@code POST /api/v1/appeals}: a new appeal's id, number and access code; for a resident's
 * reply ({@code inReplyTo}) only the appeal id and status.
 */
public record Registered(String appealId, String registrationNumber, String accessCode, String status) {
}
