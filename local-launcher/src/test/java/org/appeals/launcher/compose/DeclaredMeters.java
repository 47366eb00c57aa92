package org.appeals.launcher.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appeals.launcher.PlatformService;

/**
 * The business meters the services declare in their code ({@code Counter.builder("appeals.overdue")}...), for the
 * meters Micrometer only registers on their first event (a missed deadline, a dead letter) and that a scrape of a
 * quiet stack therefore cannot show. A meter renamed in the code is no longer found here.
 */
final class DeclaredMeters {

    private static final Pattern METER_NAME = Pattern.compile("\"((?:appeals|gateway)(?:\\.[a-z0-9]+)+)\"");
    /** How Micrometer's Prometheus registry names the series of a counter, timer, summary or gauge. */
    private static final List<String> SERIES_SUFFIXES = List.of("", "_total", "_seconds_bucket", "_seconds_count",
            "_seconds_sum", "_seconds_max", "_bucket", "_count", "_sum", "_max");

    private final Set<String> names;

    private DeclaredMeters(Set<String> names) {
        this.names = names;
    }

    /** Meter names in the main sources (files that use Micrometer) of the five services and service-support. */
    static DeclaredMeters in(Path repoRoot) {
        Set<String> names = new TreeSet<>();
        Stream.concat(Stream.of(PlatformService.values()).map(PlatformService::module), Stream.of("service-support"))
                .map(module -> repoRoot.resolve(module).resolve("src/main/java"))
                .forEach(sources -> collect(sources, names));
        return new DeclaredMeters(names);
    }

    Set<String> names() {
        return names;
    }

    /** Whether {@code series} is one of the series a declared meter is exported as. */
    boolean declares(String series) {
        return names.stream().map(name -> name.replace('.', '_'))
                .anyMatch(base -> SERIES_SUFFIXES.stream().anyMatch(suffix -> series.equals(base + suffix)));
    }

    private static void collect(Path sources, Set<String> names) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (code.contains("io.micrometer")) {
                    Matcher matcher = METER_NAME.matcher(code);
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
