package org.appeals.notification.render;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The templates and limits exactly as the service's application.yml configures them. */
final class ConfiguredTemplates {

    private ConfiguredTemplates() {
    }

    static TemplatesProperties load() {
        return Binder.get(environment()).bind("appeals.notification.templates", TemplatesProperties.class).get();
    }

    /** The renderer with the configured templates, limits and links (none: the environment sets no public URL). */
    static ReplyRenderer renderer() {
        return new ReplyRenderer(load(), renderProperties());
    }

    static RenderProperties renderProperties() {
        return Binder.get(environment()).bind("appeals.notification", RenderProperties.class).get();
    }

    private static StandardEnvironment environment() {
        try {
            var environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            return environment;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
