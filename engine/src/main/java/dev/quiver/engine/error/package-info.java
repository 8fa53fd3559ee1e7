/**
 * Errors meant for users, each with a category that the driver maps to a SQLState.
 */
package dev.quiver.engine.error;
