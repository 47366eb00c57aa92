package org.appeals.ok.gateway;

/** The gateway's answer to an appeal: {@code 202 {appealId, registrationNumber, accessCode, status}}. */
public record Registered(String appealId, String registrationNumber, String accessCode, String status) {
}
