/** Telling an appeal's category and municipality from its words and coordinates, with vocabularies kept as data. */
package org.appeals.routing.classify;
