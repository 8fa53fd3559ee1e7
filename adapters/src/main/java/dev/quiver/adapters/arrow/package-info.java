/**
 * Helpers the readers share for writing Arrow vectors and checking bytes: UTF-8 validation,
 * unchecked writes after one capacity check, ISO date and timestamp parsing, strptime-style
 * formats matched against bytes.
 */
package dev.quiver.adapters.arrow;
