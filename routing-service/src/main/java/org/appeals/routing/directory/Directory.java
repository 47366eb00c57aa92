package org.appeals.routing.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every department appeals can go to, read from {@code directory/departments.json} or the routing database, and who
 * answers a category in a municipality (active departments only). A directory that leaves a municipality's category
 * without a department, or names one twice, is refused with an {@link IllegalStateException}.
 */
public final class Directory {

    private final Map<String, Department> byId = new LinkedHashMap<>();
    private final Map<Responsibility, Department> responsible = new HashMap<>();

    /** Indexes the departments; refuses duplicates and a category left without a department anywhere. */
    public Directory(List<Department> departments) {
        departments.forEach(this::add);
        DirectoryCheck.complete(this);
    }

    /** Reads a departments file. */
    public static Directory load(InputStream json) {
        return new Directory(JsonMapper.builder().build().readValue(json, new TypeReference<List<Department>>() { }));
    }

    /** The directory shipped in this service. */
    public static Directory standard() {
        try (InputStream in = Directory.class.getResourceAsStream("/directory/departments.json")) {
            if (in == null) {
                throw new IllegalStateException("missing directory/departments.json");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses a department that could never be part of a directory (no id, no name, mixed levels…). */
    public static void checkWellFormed(Department department) {
        DirectoryCheck.wellFormed(department);
    }

    /** The department with this id, if the directory has one. */
    public Optional<Department> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Who answers the category where the problem is: the regional body, or the municipality's department. */
    public Optional<Department> responsibleFor(Category category, Municipality municipality) {
        if (category.competence() == Competence.REGIONAL) {
            return Optional.ofNullable(responsible.get(new Responsibility(null, category)));
        }
        if (category.competence() == Competence.NONE || municipality == null || municipality == Municipality.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.ofNullable(responsible.get(new Responsibility(municipality, category)));
    }

    /** All departments, regional bodies last. */
    public List<Department> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(Department::regional))
                .toList();
    }

    private void add(Department department) {
        DirectoryCheck.wellFormed(department);
        if (byId.putIfAbsent(department.id(), department) != null) {
            throw new IllegalStateException("directory: department id " + department.id() + " appears twice");
        }
        if (!department.receivesAppeals()) {
            return;
        }
        for (Category category : department.categories()) {
            var responsibility = new Responsibility(department.municipality(), category);
            Department other = responsible.putIfAbsent(responsibility, department);
            if (other != null) {
                throw new IllegalStateException("directory: " + other.id() + " and " + department.id()
                        + " both answer " + category + " in " + department.municipality());
            }
        }
    }

    private record Responsibility(Municipality municipality, Category category) {
    }
}
