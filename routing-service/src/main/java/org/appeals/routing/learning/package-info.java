/**
 * Learning from people: operators' routing decisions kept as labelled examples that the classifier uses. The stored
 * examples are the one shared model: each instance learns what it records at once and follows what the others
 * store, so every routing instance decides the same.
 */
package org.appeals.routing.learning;
