/**
 * Per-query memory accounting under the connection's limit, and the one message for a limit
 * breach.
 */
package dev.quiver.engine.memory;
