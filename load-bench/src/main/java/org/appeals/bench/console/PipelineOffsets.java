package org.appeals.bench.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.appeals.contracts.Topics;

/**
 * How far the platform has got, read from the broker alone: the records on a topic (one {@code AppealReceived} per
 * registered appeal, one {@code AppealAssigned} per placement) and the services' consumer lag, summed over every
 * group on the adapters' and the appeal topics. Zero lag means every service has handled every record.
 */
final class PipelineOffsets implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Admin admin;

    PipelineOffsets(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
    }

    /** Records ever written to the topic (all partitions); 0 for a topic that does not exist yet. */
    long records(String topic) {
        if (!get(admin.listTopics().names()).contains(topic)) {
            return 0;
        }
        var partitions = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        return endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Records on the platform's topics that a running service's consumer group has not committed yet; groups with no
     * member (a tool that once read and is gone) do not count, or their lag would never end.
     */
    long lag() {
        long lag = 0;
        for (String group : runningGroups()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            committedOffsets(group).forEach((partition, offset) -> {
                if (offset != null && watched(partition.topic())) {
                    committed.put(partition, offset.offset());
                }
            });
            Map<TopicPartition, Long> ends = endOffsets(new ArrayList<>(committed.keySet()));
            for (var entry : committed.entrySet()) {
                lag += Math.max(0, ends.getOrDefault(entry.getKey(), 0L) - entry.getValue());
            }
        }
        return lag;
    }

    private static boolean watched(String topic) {
        return Topics.ADAPTER_INPUT.contains(topic) || Topics.APPEAL_EVENTS.contains(topic);
    }

    private List<String> runningGroups() {
        List<String> groups = get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()).stream()
                .map(GroupListing::groupId).toList();
        if (groups.isEmpty()) {
            return groups;
        }
        return get(admin.describeConsumerGroups(groups).all()).values().stream()
                .filter(group -> !group.members().isEmpty()).map(ConsumerGroupDescription::groupId).toList();
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) {
        return get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    }

    private Map<TopicPartition, Long> endOffsets(List<TopicPartition> partitions) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (!latest.isEmpty()) {
            get(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        }
        return ends;
    }

    private static <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
