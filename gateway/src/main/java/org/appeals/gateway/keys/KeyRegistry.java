package org.appeals.gateway.keys;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client an API key stands for. Keys are kept only as SHA-256 digests and every configured digest is
 * compared, with {@link MessageDigest#isEqual}, so the time taken tells nothing about how close a guess was.
 */
public class KeyRegistry {

    static final String DEMO_DEPARTMENT_PREFIX = "demo-dept-";

    private final List<Entry> entries;
    private final boolean demoDepartmentKeys;

    KeyRegistry(KeyProperties properties) {
        this.entries = KeyChecks.checked(properties.keys()).stream().map(KeyRegistry::entry).toList();
        this.demoDepartmentKeys = properties.demoDepartmentKeys();
    }

    /** The client the presented key belongs to; empty for a missing or unknown key. */
    public Optional<ApiClient> authenticate(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = Fingerprints.digest(presented);
        ApiClient found = null;
        for (Entry entry : entries) {
            // no early exit: every request costs the same comparisons
            if (MessageDigest.isEqual(entry.digest(), digest)) {
                found = entry.client();
            }
        }
        return found != null ? Optional.of(found) : demoDepartment(presented, digest);
    }

    private Optional<ApiClient> demoDepartment(String presented, byte[] digest) {
        if (!demoDepartmentKeys || !presented.startsWith(DEMO_DEPARTMENT_PREFIX)) {
            return Optional.empty();
        }
        String departmentId = presented.substring(DEMO_DEPARTMENT_PREFIX.length());
        if (!DepartmentIds.isWellFormed(departmentId)) {
            return Optional.empty();
        }
        return Optional.of(new ApiClient("demo-department-" + departmentId, Role.DEPARTMENT, departmentId,
                Fingerprints.of(digest)));
    }

    private static Entry entry(KeyProperties.Key key) {
        byte[] digest = Fingerprints.digest(key.key());
        String scope = key.role().isStaff() ? null : key.scope();
        return new Entry(digest, new ApiClient(key.client(), key.role(), scope, Fingerprints.of(digest)));
    }

    private record Entry(byte[] digest, ApiClient client) {
    }
}
