package org.appeals.vk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.support.identity.MissingSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SettingsTest {

    private final SettingsConfiguration configuration = new SettingsConfiguration();

    private static MockEnvironment complete() {
        return new MockEnvironment().withProperty("appeals.vk.access-token", "vk1.a.token")
                .withProperty("appeals.vk.group-id", "229000111")
                .withProperty("appeals.vk.callback-secret", "s3cret")
                .withProperty("appeals.vk.confirmation-code", "c0de")
                .withProperty("appeals.vk.channel-api-key", "key")
                .withProperty("appeals.vk.webhook-secret", "hook")
                .withProperty("appeals.vk.gateway-url", "http://gateway:8080");
    }

    @Test
    void aCompleteEnvironmentTalksToVkItself() {
        VkSettings settings = configuration.vkSettings(complete());

        assertThat(settings.demoFake()).isFalse();
        assertThat(settings.apiUrl()).isEqualTo("https://api.vk.com/method");
        assertThat(settings.apiVersion()).isEqualTo("5.199");
        assertThat(settings.communityId()).isEqualTo(-229000111L);
        assertThat(settings.hashtags()).containsExactly("#ЦУР34");
        assertThat(settings.toString()).doesNotContain("vk1.a.token", "s3cret", "hook");
    }

    @Test
    void withoutATokenTheStartStopsNamingTheVariable() {
        MockEnvironment env = complete().withProperty("appeals.vk.access-token", "");

        assertThatThrownBy(() -> configuration.vkSettings(env)).isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("VK_ACCESS_TOKEN");
    }

    @Test
    void aDemoTokenIsRefusedOutsideTheDemo() {
        MockEnvironment env = complete().withProperty("appeals.vk.access-token", "demo-token");

        assertThatThrownBy(() -> configuration.vkSettings(env)).hasMessageContaining("VK_ACCESS_TOKEN");
    }

    @Test
    void theDemoWithoutATokenUsesTheLocalFake() {
        MockEnvironment env = new MockEnvironment().withProperty("appeals.demo", "true")
                .withProperty("appeals.vk.channel-api-key", "demo-channel-vk")
                .withProperty("appeals.vk.webhook-secret", "demo-webhook-secret-vk-local-only")
                .withProperty("appeals.vk.gateway-url", "http://127.0.0.1:8080")
                .withProperty("appeals.vk.hashtags", "#ЦУР34, МЦУ_Михайловка");

        VkSettings settings = configuration.vkSettings(env);

        assertThat(settings.demoFake()).isTrue();
        assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:8188/method");
        assertThat(settings.groupId()).isEqualTo(201);
        assertThat(settings.hashtags()).containsExactly("#ЦУР34", "#МЦУ_Михайловка");
    }

    @Test
    void aTagCountsOnlyAsAWholeTagInAnyCase() {
        VkSettings settings = configuration.vkSettings(complete());

        assertThat(settings.tagged("Яма во дворе #цур34")).isTrue();
        assertThat(settings.tagged("#ЦУР34, помогите")).isTrue();
        assertThat(settings.tagged("#ЦУР345")).isFalse();
        assertThat(settings.tagged("ЦУР34 без решётки")).isFalse();
    }
}
