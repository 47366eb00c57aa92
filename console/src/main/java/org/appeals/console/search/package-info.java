/** Finding appeals: the search form over intake's list ({@code GET /api/v1/appeals}), its table and pager. */
package org.appeals.console.search;
