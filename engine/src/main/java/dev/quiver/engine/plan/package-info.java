/**
 * Calcite integration: parsing and validating with Quiver's type system and rules, planning with
 * the QUIVER convention, and turning a plan into operators. See docs/decisions/architecture.md.
 */
package dev.quiver.engine.plan;
