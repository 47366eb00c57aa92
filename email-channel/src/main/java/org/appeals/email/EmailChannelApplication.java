package org.appeals.email;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The e-mail channel of the appeals platform. */
@SpringBootApplication
public class EmailChannelApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmailChannelApplication.class, args);
    }
}
