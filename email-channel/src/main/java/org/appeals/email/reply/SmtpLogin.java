package org.appeals.email.reply;

import org.appeals.support.identity.Secrets;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Boot's mail sender logs in to SMTP only when {@code spring.mail.username} is set; then its password gets the
 * platform's rule for secrets, checked at start rather than at the first reply: no default, and a {@code demo-}
 * value only in demo mode.
 */
@Component
class SmtpLogin {

    SmtpLogin(Environment environment) {
        String username = environment.getProperty("spring.mail.username");
        if (username != null && !username.isBlank()) {
            Secrets.require(environment, "spring.mail.password", "SPRING_MAIL_PASSWORD");
        }
    }
}
