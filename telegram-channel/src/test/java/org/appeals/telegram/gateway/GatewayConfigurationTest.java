package org.appeals.telegram.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.appeals.support.identity.MissingSecretException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** GATEWAY_URL and CHANNEL_API_KEY have no defaults: the start stops naming the one missing. */
class GatewayConfigurationTest {

    private final GatewayConfiguration configuration = new GatewayConfiguration();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void withoutTheChannelKeyTheStartStopsNamingIt() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("appeals.telegram.gateway-url", "http://gateway:8080");

        assertThatThrownBy(() -> configuration.gatewayClient(environment, json))
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("CHANNEL_API_KEY");
    }

    @Test
    void withoutTheGatewayAddressTheStartStopsNamingIt() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("appeals.telegram.channel-api-key", "key-of-the-telegram-channel");

        assertThatThrownBy(() -> configuration.gatewayClient(environment, json)).hasMessageContaining("GATEWAY_URL");
    }
}
