/**
 * Vector helpers for operators that keep or order rows: copying selected rows, gathering values
 * into primitive arrays, row orders and sorting.
 */
package dev.quiver.engine.exec.vector;
