package org.appeals.telegram;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Telegram channel of the appeals platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TelegramChannelApplication {

    public static void main(String[] args) {
        SpringApplication.run(TelegramChannelApplication.class, args);
    }
}
