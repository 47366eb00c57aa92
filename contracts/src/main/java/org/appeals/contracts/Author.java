package org.appeals.contracts;

/**
 * The resident who wrote the appeal, as the channel knows them. Personal data: never logged in clear,
 * which is why {@link #toString()} masks it.
 */
public record Author(String id, String name, String contact) {

    @Override
    public String toString() {
        return "Author[id=" + Masking.mask(id) + ", name=" + Masking.mask(name) + ", contact=" + Masking.mask(contact) + "]";
    }
}
