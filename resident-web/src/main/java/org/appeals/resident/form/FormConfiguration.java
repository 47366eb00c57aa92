package org.appeals.resident.form;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.appeals.resident.gateway.Gateway;
import org.appeals.resident.photo.PhotoCheck;
import org.appeals.resident.photo.PhotoProperties;
import org.appeals.resident.photo.Photos;
import org.appeals.support.identity.Secrets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The form's parts; the public address for photo links ({@code RESIDENT_WEB_PUBLIC_URL}) has no default. */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

    @Bean
    SubmissionLimits submissionLimits(MongoDatabase database, LimitProperties limits, Clock clock) {
        return new MongoSubmissionLimits(database, limits, clock);
    }

    @Bean
    Consents consents(MongoDatabase database, Clock clock) {
        return new MongoConsents(database, clock);
    }

    @Bean
    FormSubmissions formSubmissions(Gateway gateway, Photos photos, PhotoCheck photoCheck, PhotoProperties photoSettings,
                                    SubmissionLimits limits, Consents consents, FormProperties formSettings,
                                    Environment environment) {
        String publicUrl = Secrets.requireSetting(environment, "appeals.resident.public-url", "RESIDENT_WEB_PUBLIC_URL");
        return new FormSubmissions(gateway, photos, photoCheck, photoSettings, limits, consents, formSettings, publicUrl);
    }
}
