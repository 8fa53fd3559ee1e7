package dev.quiver.adapters.json;

import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;

/** Receives each record {@link JsonRecords} skipped under {@code ignore_errors=true}. */
@FunctionalInterface
interface RecordRejects {
  /** Drops every record silently (schema inference: the reader reports them). */
  RecordRejects DROP = (error, rawText) -> {};

  /**
   * @param error what the read would have failed with, naming the record's line
   * @param rawText the record's text as written, possibly cut short
   */
  void reject(ReaderException error, String rawText) throws IOException;
}
