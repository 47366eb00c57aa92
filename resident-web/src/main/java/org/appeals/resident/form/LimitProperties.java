package org.appeals.resident.form;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code appeals.resident.limits.*}: how many appeals one client address may send within {@code window}. */
@ConfigurationProperties("appeals.resident.limits")
public record LimitProperties(int submissions, Duration window) {
}
