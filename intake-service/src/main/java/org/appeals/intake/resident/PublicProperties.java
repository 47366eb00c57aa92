package org.appeals.intake.resident;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public status and feedback pages.
 *
 * @param wrongCodeLimit how many wrong access codes one number takes within {@code wrongCodeWindow} before it is
 *                       locked (429) until the window passes
 * @param wrongCodeWindow how long a wrong code counts
 * @param feedbackWindow how long after the final answer reached the resident feedback is taken; the department
 *                       closes the appeal when its own window ({@code DEPARTMENT_FEEDBACK_WINDOW}) passes, so the two
 *                       should be equal
 */
@ConfigurationProperties("appeals.intake.public")
record PublicProperties(Integer wrongCodeLimit, Duration wrongCodeWindow, Duration feedbackWindow) {

    PublicProperties {
        wrongCodeLimit = wrongCodeLimit == null ? 5 : wrongCodeLimit;
        wrongCodeWindow = wrongCodeWindow == null ? Duration.ofMinutes(15) : wrongCodeWindow;
        feedbackWindow = feedbackWindow == null ? Duration.ofDays(10) : feedbackWindow;
        if (wrongCodeLimit < 1) {
            throw new IllegalArgumentException("appeals.intake.public.wrong-code-limit must be at least 1");
        }
    }
}
