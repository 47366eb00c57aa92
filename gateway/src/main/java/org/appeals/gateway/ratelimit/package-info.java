/** Per-caller request rate limits and per-address limits on invalid credentials, on Bucket4j buckets in Caffeine. */
package org.appeals.gateway.ratelimit;
