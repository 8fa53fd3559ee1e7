package dev.quiver.bench;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A result set read to the end with {@code getObject} on every column of every row, so an engine
 * that produces values lazily pays for all of them inside the timed region.
 *
 * @param rowCount rows read
 * @param columnCount columns per row
 * @param rows the values, kept only when asked (for the cross-engine check), else null
 * @param checksum a hash over every value, so the reads have an observable effect
 */
record ConsumedResult(long rowCount, int columnCount, List<List<Object>> rows, long checksum) {

  private static final int HASH_MULTIPLIER = 31;

  static ConsumedResult consume(ResultSet resultSet, boolean keepRows) throws SQLException {
    ResultSetMetaData meta = resultSet.getMetaData();
    int columns = meta.getColumnCount();
    List<List<Object>> rows = keepRows ? new ArrayList<>() : null;
    long count = 0;
    long checksum = 0;
    while (resultSet.next()) {
      Object[] row = keepRows ? new Object[columns] : null;
      for (int column = 1; column <= columns; column++) {
        Object value = resultSet.getObject(column);
        checksum = checksum * HASH_MULTIPLIER + (value == null ? 0 : value.hashCode());
        if (row != null) {
          row[column - 1] = value;
        }
      }
      if (rows != null) {
        rows.add(Arrays.asList(row));
      }
      count++;
    }
    return new ConsumedResult(count, columns, rows, checksum);
  }
}
