/** Learning from people: operators' routing decisions kept as labelled examples that the classifier uses. */
package org.appeals.routing.learning;
