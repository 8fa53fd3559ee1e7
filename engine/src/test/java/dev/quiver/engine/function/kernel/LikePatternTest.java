package dev.quiver.engine.function.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quiver.engine.error.QuiverException;
import org.junit.jupiter.api.Test;

class LikePatternTest {
  @Test
  void wildcardsAndEscapes() {
    assertTrue(LikePattern.compile("a%", null).matches("abc"));
    assertFalse(LikePattern.compile("a%", null).matches("bac"));
    assertTrue(LikePattern.compile("%c", null).matches("abc"));
    assertTrue(LikePattern.compile("%b%", null).matches("abc"));
    assertTrue(LikePattern.compile("a_c", null).matches("abc"));
    assertFalse(LikePattern.compile("a_c", null).matches("abbc"));
    assertTrue(LikePattern.compile("%", null).matches(""));
    assertTrue(LikePattern.compile("", null).matches(""));
    assertFalse(LikePattern.compile("", null).matches("a"));
    assertTrue(LikePattern.compile("100!%", "!").matches("100%"));
    assertFalse(LikePattern.compile("100!%", "!").matches("1000"));
    assertTrue(LikePattern.compile("a.c*", null).matches("a.c*"));
    assertFalse(LikePattern.compile("a.c", null).matches("abc"));
    assertTrue(LikePattern.compile("a%b%c", null).matches("a-b-c"));
    assertTrue(LikePattern.compile("line_", null).matches("line\n"));
    assertThrows(QuiverException.class, () -> LikePattern.compile("abc!", "!"));
  }
}
