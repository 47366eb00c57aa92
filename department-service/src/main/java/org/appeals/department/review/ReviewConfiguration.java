package org.appeals.department.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the answer check from the rules file once, so a broken file stops the service at start-up. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    AnswerCheck answerCheck() {
        return new AnswerCheck(CheckRulesFile.load(CheckRulesFile.DEFAULT));
    }
}
