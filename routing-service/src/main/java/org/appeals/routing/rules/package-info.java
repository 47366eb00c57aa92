/** The directory and routing overrides as the centre edits them at run time: stored in MongoDB, cached, audited. */
package org.appeals.routing.rules;
