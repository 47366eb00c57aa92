package org.appeals.resident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The residents' pages, without an account: the WEB channel's form, an appeal's status page and the feedback page.
 * Appeals, status reads and feedback go through the gateway as any channel's would; only the form's own records
 * (photos, consents, per-address counts) are kept here, in MongoDB.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResidentWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResidentWebApplication.class, args);
    }
}
