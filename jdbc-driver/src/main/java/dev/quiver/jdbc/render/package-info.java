/**
 * Rendering values as text for the shell's table, CSV and JSON output.
 */
package dev.quiver.jdbc.render;
