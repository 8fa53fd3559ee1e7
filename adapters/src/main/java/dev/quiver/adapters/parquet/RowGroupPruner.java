package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.metadata.ColumnChunkMetadata;
import dev.quiver.adapters.parquet.metadata.FileMetadata;
import dev.quiver.adapters.parquet.metadata.RowGroupMetadata;
import dev.quiver.adapters.parquet.schema.ColumnNode;
import dev.quiver.adapters.parquet.schema.LeafKind;
import dev.quiver.adapters.parquet.schema.LeafNode;
import dev.quiver.adapters.spi.ColumnPredicate;
import dev.quiver.adapters.spi.Pushdown;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides from row-group statistics whether a row group can hold no row matching the pushed
 * predicates. Only top-level primitive columns are considered; any doubt (no statistics, untrusted
 * order, a constant of an unexpected type) keeps the row group.
 */
final class RowGroupPruner {
  private final ParquetFileInfo info;

  RowGroupPruner(ParquetFileInfo info) {
    this.info = info;
  }

  /** INEXACT when some row group has statistics the predicate could use, else UNSUPPORTED. */
  Pushdown classify(ColumnPredicate predicate) {
    LeafNode leaf = leafOf(predicate.column());
    if (leaf == null) {
      return Pushdown.UNSUPPORTED;
    }
    FileMetadata metadata = info.metadata();
    for (RowGroupMetadata rowGroup : metadata.rowGroups()) {
      ColumnChunkMetadata chunk = rowGroup.columns().get(leaf.leafIndex());
      if (chunk.statistics() == null) {
        continue;
      }
      if (predicate instanceof ColumnPredicate.IsNull) {
        if (chunk.statistics().nullCount() >= 0) {
          return Pushdown.INEXACT;
        }
      } else if (bounds(leaf, chunk) != null || chunk.statistics().nullCount() >= 0) {
        return Pushdown.INEXACT;
      }
    }
    return Pushdown.UNSUPPORTED;
  }

  /** Whether some predicate proves that no row of {@code rowGroup} matches. */
  boolean canSkip(RowGroupMetadata rowGroup, List<ColumnPredicate> predicates) {
    for (ColumnPredicate predicate : predicates) {
      LeafNode leaf = leafOf(predicate.column());
      if (leaf == null) {
        continue;
      }
      ColumnChunkMetadata chunk = rowGroup.columns().get(leaf.leafIndex());
      if (chunk.statistics() != null && excludes(leaf, chunk, rowGroup.numRows(), predicate)) {
        return true;
      }
    }
    return false;
  }

  private LeafNode leafOf(int column) {
    List<ColumnNode> columns = info.schema().columns();
    if (column < 0 || column >= columns.size()) {
      return null;
    }
    return columns.get(column) instanceof LeafNode leaf && leaf.maxRep() == 0 ? leaf : null;
  }

  private StatisticsBounds bounds(LeafNode leaf, ColumnChunkMetadata chunk) {
    boolean[] orders = info.metadata().typeDefinedOrder();
    boolean typeDefined = leaf.leafIndex() < orders.length && orders[leaf.leafIndex()];
    return StatisticsBounds.of(leaf, chunk.statistics(), typeDefined);
  }

  private boolean excludes(
      LeafNode leaf, ColumnChunkMetadata chunk, long rows, ColumnPredicate predicate) {
    long nulls = chunk.statistics().nullCount();
    if (predicate instanceof ColumnPredicate.IsNull isNull) {
      if (nulls < 0) {
        return false;
      }
      return isNull.negated() ? nulls >= rows : nulls == 0;
    }
    if (nulls >= 0 && nulls >= rows && rows > 0) {
      // Every value is NULL, and comparisons are never true for NULL.
      return true;
    }
    StatisticsBounds bounds = bounds(leaf, chunk);
    if (bounds == null) {
      return false;
    }
    if (predicate instanceof ColumnPredicate.Compare compare) {
      Comparable<?> value = constant(leaf, compare.value());
      if (value == null) {
        return false;
      }
      int vsMin = compare(value, bounds.min());
      int vsMax = compare(value, bounds.max());
      return switch (compare.op()) {
        case EQ -> vsMin < 0 || vsMax > 0;
        case NE -> false;
        case LT -> vsMin <= 0;
        case LE -> vsMin < 0;
        case GT -> vsMax >= 0;
        case GE -> vsMax > 0;
      };
    }
    if (predicate instanceof ColumnPredicate.Between between) {
      Comparable<?> low = constant(leaf, between.low());
      Comparable<?> high = constant(leaf, between.high());
      if (low == null || high == null) {
        return false;
      }
      return compare(low, bounds.max()) > 0 || compare(high, bounds.min()) < 0;
    }
    if (predicate instanceof ColumnPredicate.In in) {
      for (Object item : in.values()) {
        if (item == null) {
          continue;
        }
        Comparable<?> value = constant(leaf, item);
        if (value == null) {
          return false;
        }
        if (compare(value, bounds.min()) >= 0 && compare(value, bounds.max()) <= 0) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Comparable a, Comparable b) {
    return a.compareTo(b);
  }

  /** The predicate constant in the bounds' representation, or null when it does not fit. */
  private static Comparable<?> constant(LeafNode leaf, Object value) {
    if (leaf.kind() == LeafKind.STRING) {
      return value instanceof String s
          ? new StatisticsBounds.UnsignedBytes(s.getBytes(StandardCharsets.UTF_8))
          : null;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isNaN(d) || Double.isInfinite(d) ? null : new BigDecimal(d);
    }
    return null;
  }
}
