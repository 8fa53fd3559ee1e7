package dev.quiver.adapters.fuzz;

import dev.quiver.adapters.spi.BatchReader;
import dev.quiver.adapters.spi.FileFormat;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ScanMetrics;
import dev.quiver.adapters.spi.ScanPartition;
import dev.quiver.adapters.spi.ScanSpec;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A hand-written fake format with one INT column whose reader does whatever {@link Behaviour}
 * says on its first {@code next()}: the harness's own tests use it to prove each rule can fail.
 */
final class MisbehavingFormat implements FileFormat {
  /** What the reader does when asked for its first batch. */
  interface Behaviour {
    /** Fills {@code root} and returns true, or throws. */
    boolean firstBatch(Path file, VectorSchemaRoot root, BufferAllocator allocator)
        throws IOException;
  }

  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("x", new ArrowType.Int(32, true))));

  private final Behaviour behaviour;

  MisbehavingFormat(Behaviour behaviour) {
    this.behaviour = behaviour;
  }

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public boolean accepts(Path file) {
    return true;
  }

  @Override
  public TableSchema inferSchema(Path file, FormatOptions options) {
    return new TableSchema(SCHEMA, List.of(), null);
  }

  @Override
  public List<ScanPartition> partitions(Path file, TableSchema schema, int maxPartitions) {
    return List.of(ScanPartition.wholeFile(file));
  }

  @Override
  public BatchReader open(
      ScanPartition partition, TableSchema schema, ScanSpec spec, BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    return new BatchReader() {
      private boolean done;

      @Override
      public Schema schema() {
        return SCHEMA;
      }

      @Override
      public boolean next() throws IOException {
        if (done) {
          return false;
        }
        done = true;
        return behaviour.firstBatch(partition.file(), root, allocator);
      }

      @Override
      public VectorSchemaRoot root() {
        return root;
      }

      @Override
      public ScanMetrics metrics() {
        return new ScanMetrics();
      }

      @Override
      public void close() {
        root.close();
      }
    };
  }

  /** One row holding 1: what a well-behaved reader returns. */
  static boolean oneRow(VectorSchemaRoot root) {
    IntVector x = (IntVector) root.getVector(0);
    x.allocateNew(1);
    x.set(0, 1);
    root.setRowCount(1);
    return true;
  }
}
