package org.appeals.ok;

import org.appeals.ok.api.OkConnection;
import org.appeals.ok.api.OkProperties;
import org.appeals.ok.fake.FakeOkServer;
import org.appeals.support.identity.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the adapter's OK is: the real API with the group's token, or — only with {@code APPEALS_DEMO=true} and no
 * token — the local fake of the API in this process ({@code OK_FAKE_PORT}), which then also plays the network that
 * calls the adapter's webhook at its local address.
 */
@Configuration(proxyBeanMethods = false)
class OkConnectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OkConnectionConfiguration.class);
    static final String FAKE_TOKEN = "fake-ok-token";

    @Bean(destroyMethod = "close")
    FakeOkServer fakeOkServer(OkProperties ok, Environment environment) {
        if (!fakeWanted(ok, environment)) {
            return FakeOkServer.none();
        }
        FakeOkServer fake = FakeOkServer.start(ok.fakePort(), FAKE_TOKEN);
        log.warn("OK_ACCESS_TOKEN is not set and APPEALS_DEMO=true: talking to the local fake of the OK API on {}",
                fake.url());
        return fake;
    }

    @Bean
    OkConnection okConnection(OkProperties ok, Environment environment, ObjectProvider<FakeOkServer> fakes) {
        String secret = Secrets.require(environment, "appeals.ok.webhook-secret", "OK_WEBHOOK_SECRET");
        if (fakeWanted(ok, environment)) {
            // no public address: the fake calls this process where it listens (known once the server is up)
            String webhookUrl = blank(ok.webhookUrl()) ? null : ok.webhookUrl();
            return new OkConnection(fakes.getObject().url(), FAKE_TOKEN, webhookUrl, secret, true);
        }
        String token = Secrets.require(environment, "appeals.ok.access-token", "OK_ACCESS_TOKEN");
        String webhookUrl = Secrets.requireSetting(environment, "appeals.ok.webhook-url", "OK_WEBHOOK_URL");
        return new OkConnection(ok.apiUrl(), token, webhookUrl, secret, false);
    }

    private static boolean fakeWanted(OkProperties ok, Environment environment) {
        return blank(ok.accessToken()) && Secrets.demo(environment);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
