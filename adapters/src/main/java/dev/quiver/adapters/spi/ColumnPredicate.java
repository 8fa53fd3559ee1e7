package dev.quiver.adapters.spi;

import java.util.List;

/**
 * A condition on one column that the engine offers to push into a scan, in terms a reader
 * understands without Calcite: the column's index in the table schema and constant values in
 * storage form (Long for integers, Double, BigDecimal, String, Boolean, Integer days for DATE,
 * Long microseconds for TIMESTAMP).
 *
 * <p>A reader may use a predicate only to skip data it can prove holds no matching row (for
 * example a Parquet row group whose min/max statistics exclude the value). The engine keeps the
 * filter above the scan unless the format answered {@link Pushdown#EXACT}.
 */
public sealed interface ColumnPredicate
    permits ColumnPredicate.Compare,
        ColumnPredicate.Between,
        ColumnPredicate.In,
        ColumnPredicate.IsNull {

  /** The column's index in the table schema. */
  int column();

  /** Comparison operators, from the column's point of view: {@code column op value}. */
  enum Op {
    EQ("="),
    NE("<>"),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** {@code column op value}; never true when the column is NULL. */
  record Compare(int column, Op op, Object value) implements ColumnPredicate {
    @Override
    public String toString() {
      return "$" + column + " " + op.symbol() + " " + value;
    }
  }

  /** {@code column BETWEEN low AND high}, both ends included. */
  record Between(int column, Object low, Object high) implements ColumnPredicate {
    @Override
    public String toString() {
      return "$" + column + " BETWEEN " + low + " AND " + high;
    }
  }

  /** {@code column IN (values)}. */
  record In(int column, List<Object> values) implements ColumnPredicate {
    @Override
    public String toString() {
      return "$" + column + " IN " + values;
    }
  }

  /** {@code column IS NULL}, or {@code IS NOT NULL} when {@code negated}. */
  record IsNull(int column, boolean negated) implements ColumnPredicate {
    @Override
    public String toString() {
      return "$" + column + (negated ? " IS NOT NULL" : " IS NULL");
    }
  }
}
