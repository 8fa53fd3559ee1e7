/**
 * Several files read as one table: listing a directory or a glob (skipping hidden and underscore
 * files), and Hive-style partition values from paths.
 */
package dev.quiver.adapters.dataset;
