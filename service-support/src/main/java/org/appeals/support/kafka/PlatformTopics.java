package org.appeals.support.kafka;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Topics;
import org.springframework.kafka.config.TopicBuilder;

/** Every topic of the platform with its dead-letter topic; any service may declare them, creation is idempotent. */
final class PlatformTopics {

    private PlatformTopics() {
    }

    static List<NewTopic> all(int partitions, short replicas) {
        List<String> names = new ArrayList<>();
        List<String> withDeadLetters = new ArrayList<>(Topics.APPEAL_EVENTS);
        withDeadLetters.addAll(Topics.ADAPTER_INPUT);
        for (String topic : withDeadLetters) {
            names.add(topic);
            names.add(Topics.deadLetter(topic));
        }
        for (Channel channel : Channel.values()) {
            names.add(Topics.outbound(channel));
        }
        return names.stream()
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas).build())
                .toList();
    }
}
