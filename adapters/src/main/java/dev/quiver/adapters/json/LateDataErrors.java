package dev.quiver.adapters.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Builds the errors for data the inferred schema cannot hold (a key it never saw, a value that does
 * not fit its column's type), which can only come from records outside the sample: the data is
 * refused rather than silently dropped, with the option that fixes it.
 */
final class LateDataErrors {
  private static final int MAX_VALUE_CHARS = 100;

  private final JsonInput input;
  private final String sampleDescription;

  /** Whether the columns option declared the schema (else it was inferred from a sample). */
  private final boolean declared;

  /** The text of the value the last {@link #cannotRead} refused, until {@link #takeValue}. */
  private String lastValue;

  LateDataErrors(JsonInput input, String sampleDescription) {
    this(input, sampleDescription, false);
  }

  LateDataErrors(JsonInput input, String sampleDescription, boolean declared) {
    this.input = input;
    this.sampleDescription = sampleDescription;
    this.declared = declared;
  }

  /**
   * Whether the columns option declared the schema: keys it does not list are ignored, and a
   * declared type converts what it can (a DECIMAL rounds a number to its scale).
   */
  boolean declared() {
    return declared;
  }

  /** A key the schema does not have, e.g. one that appears first after the sampled records. */
  IOException unknownKey(JsonTokenizer t, int keyStart, String path)
      throws IOException {
    return input.error(
        t.offsetOf(keyStart),
        path,
        "key '" + path + "' is not in the schema, which was inferred from " + sampleDescription
            + " (byte offset " + t.offsetOf(keyStart) + ")",
        hint());
  }

  /** A value that does not fit its column, e.g. "n/a" in a DOUBLE column. */
  IOException cannotRead(
      JsonTokenizer t, int valueStart, int valueEnd, String path, String type)
      throws IOException {
    String text = new String(t.b, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
    lastValue = text;
    if (text.length() > MAX_VALUE_CHARS) {
      text = text.substring(0, MAX_VALUE_CHARS) + "...";
    }
    if (declared) {
      return input.error(
          t.offsetOf(valueStart),
          path,
          "cannot read " + text + " as " + type + " (type given by the columns option; byte"
              + " offset " + t.offsetOf(valueStart) + ")",
          "declare another type for '" + path + "' in the columns option (VARCHAR reads any"
              + " value), or fix the record");
    }
    return input.error(
        t.offsetOf(valueStart),
        path,
        "cannot read " + text + " as " + type + " (type inferred from " + sampleDescription
            + "; byte offset " + t.offsetOf(valueStart) + ")",
        hint());
  }

  /** The value the last error refused (for the rejects file), or null; forgets it. */
  String takeValue() {
    String value = lastValue;
    lastValue = null;
    return value;
  }

  private String hint() {
    Path directory = input.file.toAbsolutePath().getParent();
    return "read with sample_size=0 (jdbc:quiver:" + directory
        + ";sample_size=0) so every record is sampled, or fix the record";
  }
}
