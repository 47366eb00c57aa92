package org.appeals.vk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The VK channel of the appeals platform. */
@SpringBootApplication
public class VkChannelApplication {

    public static void main(String[] args) {
        SpringApplication.run(VkChannelApplication.class, args);
    }
}
