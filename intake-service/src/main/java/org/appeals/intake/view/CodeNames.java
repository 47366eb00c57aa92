package org.appeals.intake.view;

import org.appeals.contracts.Category;
import org.appeals.contracts.Municipality;
import org.appeals.intake.view.AppealView.CodeName;

/** Taxonomy codes with their Russian names from the contracts enums; null stays null. */
final class CodeNames {

    private CodeNames() {
    }

    static CodeName category(Category category) {
        return category == null ? null : new CodeName(category.name(), category.displayName());
    }

    static CodeName municipality(Municipality municipality) {
        return municipality == null ? null : new CodeName(municipality.name(), municipality.displayName());
    }
}
