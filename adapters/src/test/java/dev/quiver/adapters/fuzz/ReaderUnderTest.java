package dev.quiver.adapters.fuzz;

import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

/**
 * A format configured for fuzzing and how it splits a file. Besides the public defaults, the text
 * formats are also fuzzed with tiny read buffers and partitions (their package-private test
 * constructors, reached by reflection from this package) so that records cross buffer and
 * partition boundaries even in small files.
 */
record ReaderUnderTest(String label, FileFormat format, Splitter splitter) {
  /** Most partitions asked for: several, so byte-range splitting is exercised too. */
  static final int MAX_PARTITIONS = 4;

  /** Splits a file into partitions the way the engine would ask for them. */
  interface Splitter {
    List<ScanPartition> partitions(FileFormat format, Path file, TableSchema schema)
        throws IOException;
  }

  static ReaderUnderTest defaults(FileFormat format) {
    return new ReaderUnderTest(
        format.name(), format, (f, file, schema) -> f.partitions(file, schema, MAX_PARTITIONS));
  }

  /**
   * {@code format}'s class built with a read buffer of {@code bufferBytes}, splitting files into
   * partitions of at least {@code partitionBytes}.
   */
  static ReaderUnderTest smallPieces(
      Class<? extends FileFormat> type, int bufferBytes, long partitionBytes) {
    try {
      var constructor = type.getDeclaredConstructor(int.class);
      constructor.setAccessible(true);
      FileFormat format = constructor.newInstance(bufferBytes);
      Method partitions =
          type.getDeclaredMethod(
              "partitions", Path.class, TableSchema.class, int.class, long.class);
      partitions.setAccessible(true);
      Splitter splitter =
          (f, file, schema) -> {
            try {
              @SuppressWarnings("unchecked")
              List<ScanPartition> result =
                  (List<ScanPartition>)
                      partitions.invoke(f, file, schema, MAX_PARTITIONS, partitionBytes);
              return result;
            } catch (InvocationTargetException e) {
              // Unwrap so the harness judges the reader's own exception.
              if (e.getCause() instanceof IOException io) {
                throw io;
              }
              if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
              }
              throw (Error) e.getCause();
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          };
      return new ReaderUnderTest(
          format.name() + " (buffer " + bufferBytes + " B, partitions " + partitionBytes + " B)",
          format, splitter);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          type.getSimpleName() + " lost its test constructor or partitions(..., long)", e);
    }
  }
}
