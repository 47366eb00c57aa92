package org.appeals.email.inbound;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The mailbox's settings and its login, checked at start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailboxProperties.class)
class InboundConfiguration {

    @Bean
    MailboxLogin mailboxLogin(Environment environment, MailboxProperties mailbox) {
        return MailboxLogin.of(environment, mailbox);
    }
}
