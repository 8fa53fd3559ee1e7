package dev.quiver.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What one engine did on one query: its measured run times, its first answer, or its failure. */
final class EngineResult {
  private static final double NANOS_PER_MILLI = 1e6;

  private final String engine;
  private final List<Long> measuredNanos = new ArrayList<>();
  private ConsumedResult firstAnswer;
  private String error;

  EngineResult(String engine) {
    this.engine = engine;
  }

  String engine() {
    return engine;
  }

  void addMeasured(long nanos) {
    measuredNanos.add(nanos);
  }

  /** Keeps the first answer only: later runs must not pay for copying rows. */
  boolean wantsAnswer() {
    return firstAnswer == null;
  }

  void answer(ConsumedResult result) {
    if (firstAnswer == null) {
      firstAnswer = result;
    }
  }

  ConsumedResult firstAnswer() {
    return firstAnswer;
  }

  void fail(String message) {
    if (error == null) {
      error = message;
    }
  }

  boolean failed() {
    return error != null;
  }

  String error() {
    return error;
  }

  boolean hasTimings() {
    return !failed() && !measuredNanos.isEmpty();
  }

  double[] measuredMillis() {
    double[] millis = new double[measuredNanos.size()];
    for (int i = 0; i < millis.length; i++) {
      millis[i] = measuredNanos.get(i) / NANOS_PER_MILLI;
    }
    return millis;
  }

  double medianMillis() {
    return median(measuredMillis());
  }

  double minMillis() {
    return Arrays.stream(measuredMillis()).min().orElse(Double.NaN);
  }

  double maxMillis() {
    return Arrays.stream(measuredMillis()).max().orElse(Double.NaN);
  }

  /** The middle value, or the mean of the two middle values for an even count; NaN when empty. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
