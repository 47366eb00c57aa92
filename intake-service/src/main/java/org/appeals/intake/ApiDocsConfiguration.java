package org.appeals.intake;

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
    OpenAPI intakeApi() {
        return new OpenAPI().info(new Info().title("Intake service").version("v1").description(
                "Appeals and residents' responses from the channels (behind the gateway, which authenticates the "
                        + "client and passes it as a signed identity in X-Appeals-Identity), Open311 GeoReport v2, "
                        + "the staff console's search and counts, the admins' record of who read residents' "
                        + "personal data, "
                        + "the lookup of registration numbers, and the residents' public status and feedback pages "
                        + "(/api/v1/public/**: no credential, the registration number and its access code)."));
    }
}
