package dev.quiver.engine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionOptionsTest {
  @Test
  void defaultsApplyWhenNothingIsGiven() {
    SessionOptions options = SessionOptions.parse(null, Map.of());
    assertEquals(SessionOptions.DEFAULT_MEMORY_LIMIT, options.memoryLimitBytes());
    assertEquals(SessionOptions.DEFAULT_SAMPLE_SIZE, options.sampleSize());
    assertEquals(SessionOptions.DEFAULT_BATCH_ROWS, options.batchRows());
  }

  @Test
  void sizesAndNumbersParse() {
    SessionOptions options =
        SessionOptions.parse(
            null,
            Map.of("MEMORY_LIMIT", "512MB", "sample_size", "0", "batch_size", "100", "debug", "true",
                "user", "sa"));
    assertEquals(512L << 20, options.memoryLimitBytes());
    assertEquals(0, options.sampleSize());
    assertEquals(100, options.batchRows());
    assertTrue(options.debug());
    assertEquals((long) (1.5 * (1L << 30)), SessionOptions.parseBytes("m", "1.5GB"));
  }

  @Test
  void unknownOptionListsTheKnownOnes() {
    QuiverException e =
        assertThrows(QuiverException.class, () -> SessionOptions.parse(null, Map.of("memroy", "1")));
    assertEquals(ErrorCode.USER_ERROR, e.code());
    assertTrue(e.getMessage().contains("'memroy'"), e.getMessage());
    assertTrue(e.getMessage().contains("memory_limit, sample_size, batch_size, debug"), e.getMessage());
  }

  @Test
  void badValuesNameTheOption() {
    QuiverException e =
        assertThrows(
            QuiverException.class, () -> SessionOptions.parse(null, Map.of("memory_limit", "lots")));
    assertTrue(e.getMessage().contains("memory_limit"), e.getMessage());
    assertThrows(
        QuiverException.class, () -> SessionOptions.parse(null, Map.of("batch_size", "0")));
  }
}
