package dev.quiver.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides whether two engines returned the same answer: rows are sorted (engines may emit groups in
 * any order), integers must be equal, other numbers equal within a relative tolerance (the order of
 * floating-point additions differs between engines), temporal values are compared as local
 * date-times, everything else by its text.
 */
final class ResultComparison {
  static final double RELATIVE_TOLERANCE = 1e-9;

  private ResultComparison() {}

  /** Null when both results hold the same rows, else a description of the first difference. */
  static String difference(List<List<Object>> expected, List<List<Object>> actual) {
    if (expected.size() != actual.size()) {
      return "row count differs: " + expected.size() + " vs " + actual.size();
    }
    List<List<Object>> left = sortedNormalized(expected);
    List<List<Object>> right = sortedNormalized(actual);
    for (int row = 0; row < left.size(); row++) {
      List<Object> a = left.get(row);
      List<Object> b = right.get(row);
      if (a.size() != b.size()) {
        return "column count differs: " + a.size() + " vs " + b.size();
      }
      for (int column = 0; column < a.size(); column++) {
        if (!valuesMatch(a.get(column), b.get(column))) {
          return "sorted row "
              + (row + 1)
              + ", column "
              + (column + 1)
              + ": "
              + describe(a.get(column))
              + " vs "
              + describe(b.get(column))
              + "\n    rows: "
              + a
              + "\n      vs: "
              + b;
        }
      }
    }
    return null;
  }

  static List<List<Object>> sortedNormalized(List<List<Object>> rows) {
    List<List<Object>> normalized = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> values = new ArrayList<>(row.size());
      for (Object value : row) {
        values.add(normalize(value));
      }
      normalized.add(values);
    }
    normalized.sort(ROW_ORDER);
    return normalized;
  }

  /** Integers become BigInteger, other numbers Double, SQL temporal types java.time values. */
  static Object normalize(Object value) {
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.doubleValue();
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Time time) {
      return time.toLocalTime();
    }
    return value;
  }

  static boolean valuesMatch(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof BigInteger x && b instanceof BigInteger y) {
      return x.equals(y);
    }
    if (a instanceof Number x && b instanceof Number y) {
      return numbersClose(x.doubleValue(), y.doubleValue());
    }
    return a.toString().equals(b.toString());
  }

  static boolean numbersClose(double a, double b) {
    if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
      return true;
    }
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
  }

  private static String describe(Object value) {
    return value == null ? "NULL" : value + " (" + value.getClass().getSimpleName() + ")";
  }

  private static final Comparator<Object> VALUE_ORDER =
      (a, b) -> {
        if (a == null || b == null) {
          return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
          return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return a.toString().compareTo(b.toString());
      };

  private static final Comparator<List<Object>> ROW_ORDER =
      (a, b) -> {
        int columns = Math.min(a.size(), b.size());
        for (int column = 0; column < columns; column++) {
          int order = VALUE_ORDER.compare(a.get(column), b.get(column));
          if (order != 0) {
            return order;
          }
        }
        return Integer.compare(a.size(), b.size());
      };
}
