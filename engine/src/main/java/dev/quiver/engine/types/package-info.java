/**
 * The one mapping between SQL types and Arrow types.
 */
package dev.quiver.engine.types;
