package org.appeals.intake.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.appeals.contracts.Category;
import org.appeals.contracts.Channel;
import org.appeals.contracts.Municipality;
import org.appeals.intake.appeal.AppealStatus;

/** A page of {@code GET /api/v1/appeals}: the appeals on it and how many meet the filters in all. */
record AppealList(List<Item> items, int page, int size, long total) {

    static AppealList of(ListedAppeals.Found found, int page, int size) {
        return new AppealList(found.items().stream().map(Item::of).toList(), page, size, found.total());
    }

    /**
     * One appeal of the list. Placement fields are null until routing placed it; {@code dueAt} is the nearest
     * deadline running in its status, if intake knows one; the excerpt holds no author name or contact.
     */
    record Item(UUID appealId, String number, Instant receivedAt, AppealStatus status, Channel channel,
                CategoryRef category, MunicipalityRef municipality, DepartmentRef department, String excerpt,
                Instant dueAt, boolean overdue) {

        static Item of(ListedAppeal appeal) {
            return new Item(appeal.appealId(), appeal.residentsNumber(), appeal.receivedAt(), appeal.status(),
                    appeal.channel(), CategoryRef.of(appeal.category()), MunicipalityRef.of(appeal.municipality()),
                    appeal.departmentId() == null ? null
                            : new DepartmentRef(appeal.departmentId(), appeal.departmentName()),
                    appeal.excerpt(), appeal.dueAt(), appeal.overdue());
        }
    }

    record CategoryRef(String code, String title) {

        static CategoryRef of(Category category) {
            return category == null ? null : new CategoryRef(category.name(), category.displayName());
        }
    }

    record MunicipalityRef(String code, String name) {

        static MunicipalityRef of(Municipality municipality) {
            return municipality == null ? null : new MunicipalityRef(municipality.name(), municipality.displayName());
        }
    }

    record DepartmentRef(String id, String name) {
    }
}
