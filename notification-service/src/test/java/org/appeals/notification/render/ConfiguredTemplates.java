package org.appeals.notification.render;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The templates exactly as the service's application.yml configures them. */
final class ConfiguredTemplates {

    private ConfiguredTemplates() {
    }

    static TemplatesProperties load() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return Binder.get(environment).bind("appeals.notification.templates", TemplatesProperties.class).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
