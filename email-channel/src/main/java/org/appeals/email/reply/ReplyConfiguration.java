package org.appeals.email.reply;

import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.appeals.support.kafka.KafkaSupportProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The replies' settings, and the dead-letter topic of outbound.EMAIL, which the platform's topics leave out. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplyProperties.class)
class ReplyConfiguration {

    /** Declared here so a broker without auto-creation still takes the replies that could not be sent. */
    @Bean
    KafkaAdmin.NewTopics emailReplyDeadLetters(KafkaSupportProperties kafka) {
        return new KafkaAdmin.NewTopics(TopicBuilder.name(Topics.deadLetter(Topics.outbound(Channel.EMAIL)))
                .partitions(kafka.partitions()).replicas(kafka.replicas()).build());
    }
}
