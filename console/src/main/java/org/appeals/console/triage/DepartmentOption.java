package org.appeals.console.triage;

/**
 * A department in the picker.
 *
 * @param suitable it answers the chosen category in the chosen municipality (or region-wide), so it is listed first
 * @param declined it has already declined this appeal: routing would refuse it
 */
record DepartmentOption(String id, String name, boolean suitable, boolean declined) {

    /** "Name (declined already)" for a department routing would refuse. */
    public String label() {
        return declined ? name + " (уже отказалось)" : name;
    }
}
