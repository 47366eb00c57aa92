package org.appeals.vk.fake;

import org.appeals.vk.settings.VkSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With {@code APPEALS_DEMO=true} and no {@code VK_ACCESS_TOKEN}: starts {@link FakeVk} on {@code VK_FAKE_PORT}
 * (8188) once this service listens, and points its Callback API sender at this service's {@code /callback/vk}. The
 * adapter's API client already points at it ({@link VkSettings#apiUrl()}).
 */
@Component
class DemoFakeVk implements ApplicationListener<WebServerInitializedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoFakeVk.class);

    private final VkSettings settings;
    private FakeVk fake;

    DemoFakeVk(VkSettings settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void onApplicationEvent(WebServerInitializedEvent event) {
        if (!settings.demoFake() || fake != null) {
            return;
        }
        fake = FakeVk.start(settings.fakePort(), settings.accessToken(), settings.groupId(),
                settings.callbackSecret(), settings.apiVersion());
        fake.callbackTo("http://127.0.0.1:" + event.getWebServer().getPort() + "/callback/vk");
        log.info("demo: no VK_ACCESS_TOKEN, so VK is played by the local fake on port {} (community {}): "
                + "POST /fake/comment, /fake/message, /fake/post; GET /fake/threads", fake.port(), settings.groupId());
    }

    @Override
    public synchronized void destroy() {
        if (fake != null) {
            fake.close();
        }
    }
}
