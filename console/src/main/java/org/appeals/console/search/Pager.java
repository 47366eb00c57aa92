package org.appeals.console.search;

/**
 * Where a page of results stands among all of them: {@code page} is 0-based as the API counts, people read
 * "стр. 1 из 4". An empty result is one (empty) page.
 */
record Pager(int page, int size, long total) {

    /** How many pages the results fill; at least one. */
    public long pages() {
        if (size <= 0 || total <= 0) {
            return 1;
        }
        return (total + size - 1) / size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1L < pages();
    }

    /** The previous page, or the last one when the person paged past the end (a link typed by hand, fewer results). */
    public int previous() {
        return (int) Math.min(page - 1L, pages() - 1);
    }

    public int next() {
        return page + 1;
    }

    public String label() {
        return "стр. " + (page + 1) + " из " + pages() + ", всего " + total;
    }
}
