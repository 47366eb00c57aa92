package org.appeals.gateway.keys;

import java.util.List;
import org.appeals.contracts.Actor;
import org.springframework.context.ApplicationContext;

/** Issues keys straight through the running gateway's key administration, for tests without an admin key. */
public final class TestKeys {

    private TestKeys() {
    }

    /** The clear key of a new key with this scope. */
    public static String issue(ApplicationContext context, String client, String role, String channel,
                               List<String> departments) {
        return context.getBean(KeyAdministration.class)
                .issue(new KeyRequests.Issue(client, role, channel, departments), new Actor("test", "ADMIN")).key();
    }
}
