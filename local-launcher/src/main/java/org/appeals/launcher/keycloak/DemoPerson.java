package org.appeals.launcher.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo person of the realm file (local run and compose demo only): login, the platform's realm role, and the
 * scope attributes that come with it. The password is {@link #password()} by convention of the realm file.
 *
 * @param municipalities {@code appeals_municipalities}: what an МЦУ operator serves
 * @param departments    {@code appeals_departments}: what department staff work for
 */
public record DemoPerson(String username, String role, List<String> municipalities, List<String> departments) {

    private static final String ROLE_PREFIX = "appeals-";

    /** {@code demo-<username>}, the documented demo password. */
    public String password() {
        return "demo-" + username;
    }

    /** The people of {@code realmFile} in file order, each with its {@code appeals-*} realm role. */
    public static List<DemoPerson> read(Path realmFile) {
        JsonNode realm;
        try {
            realm = JsonMapper.builder().build().readTree(Files.readString(realmFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the realm " + realmFile, e);
        }
        List<DemoPerson> people = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            String role = strings(user.path("realmRoles")).stream().filter(r -> r.startsWith(ROLE_PREFIX))
                    .findFirst().orElse("");
            people.add(new DemoPerson(user.path("username").asString(), role,
                    strings(user.path("attributes").path("appeals_municipalities")),
                    strings(user.path("attributes").path("appeals_departments"))));
        }
        return people;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
