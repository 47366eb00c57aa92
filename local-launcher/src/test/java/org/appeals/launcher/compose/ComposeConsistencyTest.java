package org.appeals.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appeals.contracts.Channel;
import org.appeals.launcher.PlatformService;
import org.appeals.launcher.process.ServiceJars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml, the Prometheus configs and the dashboard agree with the services' application.yml files. */
class ComposeConsistencyTest {

    private static final Path REPO = ServiceJars.repoRoot();
    private static final Pattern SERVICE_ADDRESS = Pattern.compile("(?:[a-z]+://)?([a-z][a-z0-9-]*):(\\d+)");

    /** Every process of the platform, the console under its context path. */
    private static final List<PlatformService> SCRAPED = Arrays.asList(PlatformService.values());

    private ComposeFile compose;

    @BeforeEach
    void readCompose() throws IOException {
        compose = ComposeFile.read(REPO.resolve("docker-compose.yml"));
    }

    @ParameterizedTest
    @EnumSource(PlatformService.class)
    void eachServiceIsBuiltFromItsModuleAndListensOnThatModulesPort(PlatformService service) throws IOException {
        String name = service.module();
        ServiceConfig config = ServiceConfig.read(REPO, name);

        assertThat(compose.module(name)).isEqualTo(name);
        assertThat(REPO.resolve(name).resolve("pom.xml")).isRegularFile();
        assertThat(config.defaultPort()).isEqualTo(service.defaultPort());
        assertThat(compose.environment(name)).containsEntry("SERVER_PORT", Integer.toString(config.defaultPort()));
        assertThat(compose.healthcheck(name))
                .contains("localhost:" + config.defaultPort() + service.contextPath() + "/actuator/health");
    }

    private static final Set<String> BROWSER_ADDRESSES =
            Set.of("OIDC_ISSUER_URI", "NOTIFICATION_PUBLIC_URL", "RESIDENT_WEB_PUBLIC_URL", "TELEGRAM_PUBLIC_URL");

    @ParameterizedTest
    @EnumSource(PlatformService.class)
    void composeSetsEveryVariableWhoseDefaultOnlyWorksOutsideAContainer(PlatformService service) throws IOException {
        ServiceConfig config = ServiceConfig.read(REPO, service.module());
        Map<String, String> environment = compose.environment(service.module());

        List<String> required = config.placeholders().keySet().stream().filter(config::mustBeSetInCompose).toList();

        assertThat(required).contains("SERVER_PORT");
        assertThat(environment.keySet()).containsAll(required);
        // the issuer is a name compared with the tokens' "iss", and the public URLs are the links residents get: what
        // people's browsers reach, never connected to from inside the network
        assertThat(environment).allSatisfy((variable, value) -> assertThat(BROWSER_ADDRESSES.contains(variable)
                || !(value.contains("localhost") || value.contains("127.0.0.1"))).as(variable).isTrue());
    }

    @Test
    void everyServiceBuiltFromTheServiceDockerfileIsAPlatformModule() {
        Set<String> modules = new HashSet<>();
        for (PlatformService service : PlatformService.values()) {
            modules.add(service.module());
        }
        compose.services().keySet().stream().filter(name -> compose.module(name) != null)
                .forEach(name -> assertThat(modules).as("compose service %s", name).contains(name));
    }

    @Test
    void addressesInTheEnvironmentPointAtComposeServicesOnThePortsTheyListenOn() {
        Map<String, String> listening = listeningPorts();
        compose.services().keySet().forEach(name -> compose.environment(name).forEach((variable, value) -> {
            Matcher address = SERVICE_ADDRESS.matcher(value);
            if (address.lookingAt() && !variable.startsWith("KAFKA_") && !variable.startsWith("GF_")) {
                assertThat(listening).as("%s of %s points at a compose service", variable, name)
                        .containsEntry(address.group(1), address.group(2));
            }
        }));
    }

    /** The demo's mail server also, on the host's loopback only: how a newcomer sends a mail to the centre. */
    @Test
    void onlyTheGatewayKeycloakPrometheusAndGrafanaArePublishedToTheHost() {
        Map<String, List<String>> published = new HashMap<>();
        compose.services().keySet().forEach(name -> {
            if (!compose.published(name).isEmpty()) {
                published.put(name, compose.published(name));
            }
        });

        assertThat(published).isEqualTo(Map.of("gateway", List.of("8080:8080"), "keycloak", List.of("8180:8080"),
                "prometheus", List.of("9090:9090"), "grafana", List.of("3000:3000"),
                "greenmail", List.of("127.0.0.1:3025:3025", "127.0.0.1:3143:3143")));
        assertThat(compose.service("greenmail")).containsEntry("profiles", List.of("demo-mail"));
    }

    @ParameterizedTest
    @EnumSource(PlatformService.class)
    void servicesListenOnTheComposeNetworkAndRunInDemoModeOnlyWhenAsked(PlatformService service) {
        Map<String, String> environment = compose.environment(service.module());
        assertThat(environment)
                .containsEntry("SERVER_ADDRESS", "0.0.0.0")
                .containsEntry("APPEALS_DEMO", "${APPEALS_DEMO:-false}");
        if (service == PlatformService.CONSOLE || service == PlatformService.RESIDENT_WEB
                || service.network().isPresent()) {
            // clients of the gateway, never behind it: they have no use for the secret the services trust
            assertThat(environment).doesNotContainKey("APPEALS_IDENTITY_SECRET");
        } else {
            assertThat(environment).containsEntry("APPEALS_IDENTITY_SECRET",
                    "${APPEALS_IDENTITY_SECRET:?set APPEALS_IDENTITY_SECRET}");
        }
    }

    @Test
    void theGatewayForwardsTheConsoleToTheConsoleWhichCallsTheGatewayWithTheIssuerTheGatewayChecks() {
        Map<String, String> gateway = compose.environment("gateway");
        Map<String, String> console = compose.environment("console");

        assertThat(gateway).containsEntry("CONSOLE_URL", "http://console:8086");
        assertThat(console).containsEntry("GATEWAY_URL", "http://gateway:8080")
                .containsEntry("OIDC_ISSUER_URI", gateway.get("OIDC_ISSUER_URI"));
    }

    @Test
    void notificationServiceSignsEachChannelWithItsSecretAndSendsTheNetworksRepliesToTheirAdapters() {
        for (Channel channel : Channel.values()) {
            String variable = "WEBHOOK_SECRET_" + channel.name();
            assertThat(compose.environment("notification-service").get(variable))
                    .isEqualTo("${" + variable + ":?set " + variable + "}")
                    .isEqualTo(compose.environment("channel-stub").get(variable));
        }
        assertThat(compose.environment("notification-service")).doesNotContainKey("WEBHOOK_SECRET");
        // VK, Telegram and OK replies go to their adapters, at the port each adapter listens on in compose
        for (String channel : List.of("vk", "telegram", "ok")) {
            String variable = "WEBHOOK_URL_" + channel.toUpperCase(Locale.ROOT);
            String adapter = channel + "-channel";
            assertThat(compose.environment("notification-service").get(variable))
                    .isEqualTo("http://" + adapter + ":" + compose.environment(adapter).get("SERVER_PORT")
                            + "/webhooks/" + channel);
        }
        assertThat(compose.environment("notification-service").get("CHANNEL_WEBHOOK_BASE_URL"))
                .isEqualTo("http://channel-stub:" + compose.environment("channel-stub").get("CHANNEL_STUB_PORT")
                        + "/webhooks");
    }

    @Test
    void prometheusInComposeScrapesEveryServiceByItsComposeNameAndPort() throws IOException {
        Set<String> scraped = scrapeTargets(REPO.resolve("ops/prometheus/prometheus.yml"));

        for (PlatformService service : SCRAPED) {
            String port = compose.environment(service.module()).get("SERVER_PORT");
            assertThat(scraped).contains(service.contextPath() + "/actuator/prometheus " + service.module() + ":" + port);
        }
    }

    @Test
    void theLocalPrometheusConfigScrapesEveryServiceOnLocalhost() throws IOException {
        Set<String> scraped = scrapeTargets(REPO.resolve("ops/prometheus/prometheus-local.yml"));

        for (PlatformService service : SCRAPED) {
            assertThat(scraped).contains(service.contextPath() + "/actuator/prometheus localhost:" + service.defaultPort());
        }
    }

    @Test
    void prometheusInComposeLoadsTheRulesFromTheDirectoryComposeMounts() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) compose.service("prometheus").get("volumes");

        for (Path config : List.of(REPO.resolve("ops/prometheus/prometheus.yml"),
                REPO.resolve("ops/prometheus/prometheus-local.yml"))) {
            assertThat(ruleFiles(config)).as(config.toString()).containsExactly("rules/*.yml");
        }
        // rule_files are relative to the config file: /etc/prometheus/rules inside the container
        assertThat(volumes).contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                "./ops/prometheus/rules:/etc/prometheus/rules:ro");
        assertThat(REPO.resolve("ops/prometheus/rules")).isDirectoryContaining("glob:**.yml");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleFiles(Path config) throws IOException {
        try (Reader reader = Files.newBufferedReader(config)) {
            return (List<String>) new Yaml().<Map<String, Object>>load(reader).get("rule_files");
        }
    }

    private Map<String, String> listeningPorts() {
        Map<String, String> ports = new HashMap<>();
        for (PlatformService service : PlatformService.values()) {
            ports.put(service.module(), compose.environment(service.module()).get("SERVER_PORT"));
        }
        ports.put("channel-stub", compose.environment("channel-stub").get("CHANNEL_STUB_PORT"));
        ports.put("mongodb", "27017");
        ports.put("kafka", "9092");
        ports.put("prometheus", "9090");
        ports.put("keycloak", "8080");
        return ports;
    }

    /** "metrics_path host:port" for every static target of every job. */
    @SuppressWarnings("unchecked")
    static Set<String> scrapeTargets(Path file) throws IOException {
        Set<String> targets = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            for (Map<String, Object> job : (List<Map<String, Object>>) root.get("scrape_configs")) {
                String path = (String) job.getOrDefault("metrics_path", "/metrics");
                for (Map<String, Object> group : (List<Map<String, Object>>) job.get("static_configs")) {
                    ((List<String>) group.get("targets")).forEach(target -> targets.add(path + " " + target));
                }
            }
        }
        return targets;
    }
}
