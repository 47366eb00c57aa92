package org.appeals.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.appeals.contracts.Channel;
import org.junit.jupiter.api.Test;

class ChannelsPropertiesTest {

    @Test
    void aChannelWithAnEmptyOrMissingWebhookUrlIsServedByKafkaAlone() {
        var properties = new ChannelsProperties(Map.of(
                Channel.VK, new ChannelSettings("http://adapter/vk", "secret"),
                Channel.OK, new ChannelSettings("", "secret")));

        assertThat(properties.webhookOf(Channel.VK)).isPresent();
        assertThat(properties.webhookOf(Channel.OK)).isEmpty();
        assertThat(properties.webhookOf(Channel.POS)).isEmpty();
    }

    @Test
    void refusesAWebhookWithoutASecretToSignWith() {
        assertThatThrownBy(() -> new ChannelsProperties(Map.of(Channel.VK, new ChannelSettings("http://adapter/vk", " "))))
                .hasMessageContaining("VK");
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(new ChannelSettings("http://adapter/vk", "top-secret").toString()).doesNotContain("top-secret");
    }
}
