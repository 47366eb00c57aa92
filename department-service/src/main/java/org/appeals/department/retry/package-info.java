/**
 * The one retry policy of the service: a read-decide-write step that lost a race against another writer of the same
 * document is done again from a fresh reading (Spring Framework's {@code RetryTemplate}, configured by
 * {@code appeals.department.retry.*}).
 */
package org.appeals.department.retry;
