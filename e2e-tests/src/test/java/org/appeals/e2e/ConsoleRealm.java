package org.appeals.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repository's demo realm as this run's Keycloak imports it: a copy under target/ in which the console's client
 * ({@code appeals-console}) also accepts the redirect and post-logout URIs on this run's gateway, which listens on a
 * random loopback port. The repository's realm itself knows only http://localhost:8080.
 */
final class ConsoleRealm {

    static final String CLIENT = "appeals-console";
    private static final String POST_LOGOUT = "post.logout.redirect.uris";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConsoleRealm() {
    }

    /** Writes the copy as {@code <directory>/<realm file name>} (the name Keycloak's import goes by) and returns it. */
    static Path withGateway(Path realm, String gatewayUrl, Path directory) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(realm));
            ObjectNode console = consoleClient(root);
            ((ArrayNode) console.get("redirectUris")).add(gatewayUrl + "/*");
            ((ArrayNode) console.get("webOrigins")).add(gatewayUrl);
            ObjectNode attributes = (ObjectNode) console.get("attributes");
            attributes.put(POST_LOGOUT, attributes.path(POST_LOGOUT).asString() + "##" + gatewayUrl + "/*");
            Path copy = Files.createDirectories(directory).resolve(realm.getFileName());
            Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the e2e copy of " + realm, e);
        }
    }

    private static ObjectNode consoleClient(ObjectNode root) {
        for (JsonNode client : root.get("clients")) {
            if (CLIENT.equals(client.path("clientId").asString())) {
                return (ObjectNode) client;
            }
        }
        throw new IllegalStateException("The realm has no client " + CLIENT);
    }
}
