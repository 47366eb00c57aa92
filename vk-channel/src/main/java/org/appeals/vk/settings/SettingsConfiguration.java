package org.appeals.vk.settings;

import java.time.Duration;
import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Reads {@link VkSettings}; a missing token, secret, key or address stops the start naming its variable, and
 * {@code demo-} values are refused unless {@code APPEALS_DEMO=true}. With the demo switch on and no
 * {@code VK_ACCESS_TOKEN} the community is the local fake's (group 201, demo secret and confirmation code).
 */
@Configuration(proxyBeanMethods = false)
class SettingsConfiguration {

    static final String PREFIX = "appeals.vk.";
    static final long DEMO_GROUP_ID = 201;
    static final String DEMO_TOKEN = "demo-vk-access-token";
    static final String DEMO_CALLBACK_SECRET = "demo-vk-callback-secret";
    static final String DEMO_CONFIRMATION_CODE = "demo-vk-confirmation";

    @Bean
    VkSettings vkSettings(Environment env) {
        boolean demoFake = Secrets.demo(env) && blank(env.getProperty(PREFIX + "access-token"));
        int fakePort = env.getProperty(PREFIX + "fake-port", Integer.class, 8188);
        return new VkSettings(
                demoFake ? DEMO_TOKEN : Secrets.require(env, PREFIX + "access-token", "VK_ACCESS_TOKEN"),
                demoFake ? orDemo(env, "group-id", DEMO_GROUP_ID)
                        : Long.parseLong(Secrets.requireSetting(env, PREFIX + "group-id", "VK_GROUP_ID").strip()),
                demoFake ? orDemo(env, "callback-secret", DEMO_CALLBACK_SECRET)
                        : Secrets.require(env, PREFIX + "callback-secret", "VK_CALLBACK_SECRET"),
                demoFake ? orDemo(env, "confirmation-code", DEMO_CONFIRMATION_CODE)
                        : Secrets.requireSetting(env, PREFIX + "confirmation-code", "VK_CONFIRMATION_CODE"),
                demoFake ? "http://127.0.0.1:" + fakePort + "/method"
                        : env.getProperty(PREFIX + "api-url", "https://api.vk.com/method"),
                env.getProperty(PREFIX + "api-version", "5.199"),
                VkSettings.parseHashtags(env.getProperty(PREFIX + "hashtags", "#ЦУР34")),
                demoFake,
                fakePort,
                Secrets.require(env, PREFIX + "channel-api-key", "CHANNEL_API_KEY"),
                Secrets.require(env, PREFIX + "webhook-secret", "WEBHOOK_SECRET_VK"),
                Secrets.requireSetting(env, PREFIX + "gateway-url", "GATEWAY_URL"),
                env.getProperty(PREFIX + "webhook-max-age", Duration.class, Duration.ofMinutes(5)));
    }

    private static String orDemo(Environment env, String key, String demo) {
        String value = env.getProperty(PREFIX + key);
        return blank(value) ? demo : value;
    }

    private static long orDemo(Environment env, String key, long demo) {
        String value = env.getProperty(PREFIX + key);
        return blank(value) ? demo : Long.parseLong(value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
