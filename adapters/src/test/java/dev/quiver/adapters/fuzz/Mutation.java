package dev.quiver.adapters.fuzz;

/**
 * One mutated file: its bytes and a description precise enough to redo the change by hand (which
 * bytes moved where), printed when the file breaks a reader.
 */
record Mutation(String description, byte[] bytes) {}
