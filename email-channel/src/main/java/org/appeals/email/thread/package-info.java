/** Mail threads: the Message-IDs we give our replies and the In-Reply-To/References chains that lead back to them. */
package org.appeals.email.thread;
