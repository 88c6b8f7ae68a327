/**
 * HTTP plumbing that every registry adapter reuses: a pooled Apache HttpClient 5 client with timeouts, retries with
 * exponential backoff, jitter and {@code Retry-After}, a client-side rate limit, a bounded response size, a cache with
 * conditional requests, secrets that never reach a log, a resumable paging iterator and the Guice module that
 * collects the installed sources.
 */
package eu.adpack.adapters.support;
