package dev.quiver.engine.exec.operator;

import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.engine.plan.schema.FileTable;
import java.util.List;

/**
 * Decides from a file's Hive partition values alone whether any of its rows can meet the pushed
 * predicates, so that files that cannot are never opened. Values are Long or String (or null).
 */
final class PartitionPredicates {
  private PartitionPredicates() {}

  static boolean mayMatch(
      List<ColumnPredicate> predicates, int fileColumnCount, FileTable.DataFile file) {
    for (ColumnPredicate predicate : predicates) {
      if (predicate.column() < fileColumnCount) {
        continue;
      }
      Object value = file.partitionValues().get(predicate.column() - fileColumnCount);
      if (!holds(predicate, value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(ColumnPredicate predicate, Object value) {
    if (predicate instanceof ColumnPredicate.IsNull isNull) {
      return (value == null) != isNull.negated();
    }
    if (value == null) {
      return false;
    }
    if (predicate instanceof ColumnPredicate.Compare compare) {
      Integer c = compare(value, compare.value());
      if (c == null) {
        return true; // types we cannot compare: keep the file, the filter decides
      }
      switch (compare.op()) {
        case EQ:
          return c == 0;
        case NE:
          return c != 0;
        case LT:
          return c < 0;
        case LE:
          return c <= 0;
        case GT:
          return c > 0;
        default:
          return c >= 0;
      }
    }
    if (predicate instanceof ColumnPredicate.Between between) {
      Integer low = compare(value, between.low());
      Integer high = compare(value, between.high());
      return low == null || high == null || (low >= 0 && high <= 0);
    }
    if (predicate instanceof ColumnPredicate.In in) {
      for (Object candidate : in.values()) {
        Integer c = compare(value, candidate);
        if (c == null || c == 0) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static Integer compare(Object value, Object constant) {
    if (value instanceof Long a && constant instanceof Number b) {
      return Long.compare(a, b.longValue());
    }
    if (value instanceof String a && constant instanceof String b) {
      return a.compareTo(b);
    }
    return null;
  }
}
