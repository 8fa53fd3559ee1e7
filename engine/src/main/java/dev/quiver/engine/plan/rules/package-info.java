/**
 * Planner rules: conversion of logical nodes to vectorized ones where every expression has a
 * kernel, projection and filter pushdown into scans, and the convention bridges.
 */
package dev.quiver.engine.plan.rules;
