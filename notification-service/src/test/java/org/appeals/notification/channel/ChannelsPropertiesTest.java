package org.appeals.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ChannelsPropertiesTest {

    @Test
    void aChannelWithAnEmptyOrMissingWebhookUrlIsServedByKafkaAlone() {
        var properties = new ChannelsProperties(Map.of(
                Channel.VK, new ChannelSettings("http://adapter/vk"),
                Channel.OK, new ChannelSettings("")));

        assertThat(properties.webhookOf(Channel.VK)).isPresent();
        assertThat(properties.webhookOf(Channel.OK)).isEmpty();
        assertThat(properties.webhookOf(Channel.POS)).isEmpty();
    }
}
