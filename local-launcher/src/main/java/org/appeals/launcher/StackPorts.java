package org.appeals.launcher;

import java.util.EnumMap;
import java.util.Map;

/** Every loopback port the local stack uses. */
public record StackPorts(int kafka, int kafkaController, int mongo, int stub, int keycloak, int smtp, int imap,
                         Map<PlatformService, Integer> services) {

    public StackPorts {
        services = Map.copyOf(services);
    }

    /**
     * Kafka 9092/9093, MongoDB 27017, stub 8090, Keycloak 8180, mail server SMTP 3025 / IMAP 3143, services
     * 8080-8087: what the services' defaults and the realm's redirect URIs expect.
     */
    public static StackPorts defaults() {
        Map<PlatformService, Integer> services = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            services.put(service, service.defaultPort());
        }
        return new StackPorts(9092, 9093, 27017, 8090, 8180, 3025, 3143, services);
    }

    public int of(PlatformService service) {
        return services.get(service);
    }
}
