/**
 * The JDBC driver for jdbc:quiver: on Avatica: connection, statements, metadata for tools, errors
 * with SQLStates, cancel and timeouts.
 */
package dev.quiver.jdbc;
