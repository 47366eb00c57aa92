package org.appeals.routing.directory;

import java.util.ArrayList;
import java.util.List;
import org.appeals.contracts.Category;
import org.appeals.contracts.Competence;
import org.appeals.contracts.Municipality;

/** Refuses a directory with holes, so an appeal never finds its category unanswered where it happened. */
final class DirectoryCheck {

    private DirectoryCheck() {
    }

    static void wellFormed(Department department) {
        if (department.id() == null || department.id().isBlank() || department.name() == null
                || department.categories().isEmpty() || department.municipality() == Municipality.UNKNOWN) {
            throw new IllegalStateException("directory: incomplete department " + department.id());
        }
        boolean mixed = department.categories().stream()
                .anyMatch(c -> (c.competence() == Competence.REGIONAL) != department.regional());
        if (mixed) {
            throw new IllegalStateException("directory: " + department.id()
                    + " mixes levels: regional bodies take regional categories, municipalities municipal ones");
        }
    }

    static void complete(Directory directory) {
        List<String> holes = new ArrayList<>();
        for (Category category : Category.values()) {
            if (category.competence() == Competence.REGIONAL
                    && directory.responsibleFor(category, Municipality.UNKNOWN).isEmpty()) {
                holes.add(category + " (regional)");
            }
            if (category.competence() == Competence.MUNICIPAL) {
                for (Municipality municipality : Municipality.values()) {
                    if (municipality != Municipality.UNKNOWN
                            && directory.responsibleFor(category, municipality).isEmpty()) {
                        holes.add(category + " in " + municipality);
                    }
                }
            }
        }
        if (!holes.isEmpty()) {
            throw new IllegalStateException("directory: nobody answers " + holes);
        }
    }
}
