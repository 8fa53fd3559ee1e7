/**
 * The kernels: final classes of static methods, one tight loop per type and shape, nulls handled
 * outside the loop where possible.
 */
package dev.quiver.engine.function.kernel;
