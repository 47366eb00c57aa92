/** Per-key request rate limits on Bucket4j buckets held in a Caffeine cache. */
package org.appeals.gateway.ratelimit;
