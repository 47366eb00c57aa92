package org.appeals.department.appeal;

import java.util.Optional;
import java.util.UUID;

/**
 * Reading one appeal by its id, which every feature starts from. What a feature writes, or looks for across appeals,
 * goes through that feature's own port.
 */
public interface Appeals {

    Optional<DepartmentAppeal> find(UUID appealId);
}
