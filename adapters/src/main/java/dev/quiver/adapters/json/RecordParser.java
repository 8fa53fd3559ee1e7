package dev.quiver.adapters.json;

import java.io.IOException;

/** Consumes one record from the tokenizer (its '{' is next), reading it to its closing '}'. */
@FunctionalInterface
interface RecordParser {
  void parse(JsonTokenizer tokenizer) throws IOException;
}
