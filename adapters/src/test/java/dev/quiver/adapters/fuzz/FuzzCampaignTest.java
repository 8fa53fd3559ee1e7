package dev.quiver.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.adapters.spi.ReaderException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.OutOfMemoryException;
import org.apache.arrow.vector.IntVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The harness itself: every rule it enforces fails a reader that breaks it, and only then. */
class FuzzCampaignTest {
  private static final Duration SHORT_BOUND = Duration.ofMillis(300);
  private static final int CASES = 3;

  @TempDir Path dir;

  private final SeedFile seed = new SeedFile(
      "seed.txt", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), Mutator.text(List.of()));

  private void run(MisbehavingFormat.Behaviour behaviour) throws Exception {
    ReaderUnderTest reader = ReaderUnderTest.defaults(new MisbehavingFormat(behaviour));
    new FuzzCampaign(List.of(reader), ".txt", dir, SHORT_BOUND).run(seed, CASES);
  }

  private String failure(MisbehavingFormat.Behaviour behaviour) {
    return assertThrows(AssertionFailedError.class, () -> run(behaviour)).getMessage();
  }

  @Test
  void aResultOrACleanReaderExceptionPasses() throws Exception {
    run((file, root, allocator) -> MisbehavingFormat.oneRow(root));
    run((file, root, allocator) -> {
      throw new ReaderException(file, 3, "x", "cannot parse", null, null);
    });
  }

  @Test
  void anyOtherExceptionFails() {
    String message = failure((file, root, allocator) -> {
      throw new IndexOutOfBoundsException("index 7 out of bounds for length 3");
    });
    assertTrue(message.contains("IndexOutOfBoundsException") && message.contains("seed.txt#0"),
        message);
  }

  @Test
  void aHangFails() {
    String message = failure((file, root, allocator) -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      return false;
    });
    assertTrue(message.contains("no result within"), message);
  }

  @Test
  void leakedArrowMemoryFails() {
    String message = failure((file, root, allocator) -> {
      ArrowBuf forgotten = allocator.buffer(64);
      return forgotten.capacity() < 0;
    });
    assertTrue(message.contains("leaked"), message);
  }

  @Test
  void aReaderExceptionThatDoesNotNameTheFileFails() {
    String message = failure((file, root, allocator) -> {
      throw new ReaderException(null, -1, null, "bad", null, null);
    });
    assertTrue(message.contains("without the file's name"), message);
  }

  @Test
  void runningOutOfMemoryBehindAReaderExceptionFails() {
    String message = failure((file, root, allocator) -> {
      ReaderException e = new ReaderException(file, -1, null, "corrupt data", null, null);
      e.initCause(new OutOfMemoryException("Unable to allocate buffer of size 1073741824"));
      throw e;
    });
    assertTrue(message.contains("ran out of memory"), message);
  }

  @Test
  void aBatchWithTooFewValuesFails() {
    String message = failure((file, root, allocator) -> {
      MisbehavingFormat.oneRow(root);
      ((IntVector) root.getVector(0)).setValueCount(0);
      return true;
    });
    assertTrue(message.contains("holds 0 values in a batch of 1 rows"), message);
  }
}
