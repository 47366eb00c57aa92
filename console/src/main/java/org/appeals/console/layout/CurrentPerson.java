package org.appeals.console.layout;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.appeals.console.platform.PlatformClient;
import org.springframework.stereotype.Component;

/** Asks the gateway who the person is once per session (their roles change at the next login). */
@Component
public class CurrentPerson {

    private static final String ATTRIBUTE = CurrentPerson.class.getName();

    private final PlatformClient platform;

    CurrentPerson(PlatformClient platform) {
        this.platform = platform;
    }

    public Me in(HttpSession session) {
        Object known = session.getAttribute(ATTRIBUTE);
        if (known instanceof Me me) {
            return me;
        }
        Me me = Me.of(platform.get("/api/v1/me", Map.of()));
        session.setAttribute(ATTRIBUTE, me);
        return me;
    }
}
