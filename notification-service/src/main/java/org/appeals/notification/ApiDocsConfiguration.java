package org.appeals.notification;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.appeals.support.web.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc serves at {@code /v3/api-docs}. The {@link Caller} argument is filled from the
 * identity the gateway signs, not sent by the client, so it is no parameter of any operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI notificationApi() {
        return new OpenAPI().info(new Info().title("Notification service").version("v1").description(
                "Deliveries of replies to the channels: adapters' receipts, operators' view of deliveries, parked "
                        + "deliveries and re-sends, admins' rotation of the channels' webhook secrets (behind the "
                        + "gateway, which passes who is calling in the signed X-Appeals-Identity header)."));
    }
}
