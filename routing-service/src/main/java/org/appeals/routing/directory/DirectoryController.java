package org.appeals.routing.directory;

import java.util.List;
import org.appeals.support.web.ApiException;
import org.appeals.support.web.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets the centres' staff see where appeals can be sent, e.g. to pick a department in triage. */
@RestController
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/v1/routing/departments")
    List<Department> departments(Caller caller) {
        if (!caller.isStaff()) {
            throw ApiException.forbidden("Only the centres' operators and admins may read the directory.");
        }
        return directory.all();
    }
}
