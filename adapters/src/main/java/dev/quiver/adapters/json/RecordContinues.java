package dev.quiver.adapters.json;

/**
 * Thrown by the tokenizer when it reaches the line end that was assumed to end an NDJSON record,
 * meaning the record spans lines; {@link JsonRecords} then frames the record whole and parses it
 * again. Never leaves the package: one instance, no stack trace.
 */
final class RecordContinues extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final RecordContinues INSTANCE = new RecordContinues();

  private RecordContinues() {
    super("record continues on the next line", null, false, false);
  }
}
