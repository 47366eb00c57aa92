package org.appeals.ok;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Одноклассники channel of the appeals platform: a group's Bot API on the documented adapter contract. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class OkChannelApplication {

    public static void main(String[] args) {
        SpringApplication.run(OkChannelApplication.class, args);
    }
}
