package dev.quiver.engine.exec.operator;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The units (file partitions) of one scan, handed out one at a time to several scan operators
 * that run in parallel pipelines: each unit is read by exactly one of them.
 */
public final class SharedUnits {
  private final List<ScanOperator.ScanUnit> units;
  private final AtomicInteger next = new AtomicInteger();

  SharedUnits(List<ScanOperator.ScanUnit> units) {
    this.units = units;
  }

  /** The next unread unit, or null when all are taken. */
  ScanOperator.ScanUnit take() {
    int index = next.getAndIncrement();
    return index < units.size() ? units.get(index) : null;
  }

  public int size() {
    return units.size();
  }
}
