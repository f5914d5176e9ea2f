/**
 * The versioned contract of the events published to downstream systems (CloudEvents {@code org.counterpart.*.vN}):
 * one translation per domain event kind and version, and the envelope both channels send. Internal to reporting.
 */
package org.counterpart.reporting.integration;
