package dev.quiver.adapters.fuzz;

/** A well-formed (or deliberately odd) file that mutations start from, with its mutator. */
record SeedFile(String name, byte[] bytes, Mutator mutator) {}
