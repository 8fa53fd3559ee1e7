/**
 * The interactive shell and one-off command runner behind bin/quiver.
 */
package dev.quiver.jdbc.cli;
