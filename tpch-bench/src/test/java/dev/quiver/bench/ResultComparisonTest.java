package dev.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultComparisonTest {

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @Test
  void rowOrderDoesNotMatter() {
    assertNull(
        ResultComparison.difference(
            List.of(row("paid", 3L), row("refunded", 1L)),
            List.of(row("refunded", 1L), row("paid", 3L))));
  }

  @Test
  void integersOfDifferentJavaTypesAreEqualWhenTheirValuesAre() {
    assertNull(
        ResultComparison.difference(List.of(row(5L, 7)), List.of(row(BigInteger.valueOf(5), 7L))));
    assertNotNull(ResultComparison.difference(List.of(row(5L)), List.of(row(6L))));
  }

  @Test
  void floatingPointNeedsOnlyRelativeAgreement() {
    double sum = 4_950_123_456.78;
    assertNull(ResultComparison.difference(List.of(row(sum)), List.of(row(sum * (1 + 1e-12)))));
    assertNull(
        ResultComparison.difference(List.of(row(new BigDecimal("12.50"))), List.of(row(12.5))));
    String difference =
        ResultComparison.difference(List.of(row(sum)), List.of(row(sum * (1 + 1e-6))));
    assertNotNull(difference);
    assertTrue(difference.contains("column 1"), difference);
  }

  @Test
  void nullOnlyEqualsNull() {
    assertNull(
        ResultComparison.difference(List.of(row((Object) null)), List.of(row((Object) null))));
    assertNotNull(ResultComparison.difference(List.of(row((Object) null)), List.of(row(0.0))));
  }

  @Test
  void timestampsCompareByLocalDateTime() {
    LocalDateTime moment = LocalDateTime.of(2024, 3, 1, 12, 30, 5);
    assertNull(
        ResultComparison.difference(List.of(row(Timestamp.valueOf(moment))), List.of(row(moment))));
    assertNotNull(
        ResultComparison.difference(
            List.of(row(Timestamp.valueOf(moment))), List.of(row(moment.plusSeconds(1)))));
  }

  @Test
  void rowAndColumnCountsMustAgree() {
    assertNotNull(ResultComparison.difference(List.of(row(1L)), List.of(row(1L), row(2L))));
    assertNotNull(ResultComparison.difference(List.of(row(1L)), List.of(row(1L, 2L))));
  }

  @Test
  void stringsMustMatchExactly() {
    assertNotNull(ResultComparison.difference(List.of(row("paid")), List.of(row("Paid"))));
  }
}
