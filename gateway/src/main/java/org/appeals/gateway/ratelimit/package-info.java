/**
 * Per-caller request rate limits, per-address limits on the residents' side and on invalid credentials, on Bucket4j
 * buckets in Caffeine.
 */
package org.appeals.gateway.ratelimit;
