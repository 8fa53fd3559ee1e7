package dev.quiver.adapters.json;

import java.io.IOException;

/** Consumes one record from the tokenizer (its '{' is next), reading it to its closing '}'. */
@FunctionalInterface
interface RecordParser {
  void parse(JsonTokenizer tokenizer) throws IOException;

  /**
   * Undoes what a {@link #parse} that failed or was refused wrote (the record is skipped under
   * ignore_errors), so the next record can take its place.
   */
  default void discard() {}
}
