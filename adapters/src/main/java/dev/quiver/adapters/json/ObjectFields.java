package dev.quiver.adapters.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a JSON object whose keys are known fields (the top-level columns, or a struct's fields)
 * and dispatches each value to its field's writer; fields without a writer are outside the
 * projection and are skipped without building anything. A key missing from the object makes its
 * field NULL; a key that is not a field at all is an error, except when the columns option
 * declared the fields (then such keys are skipped).
 */
final class ObjectFields {
  private final String prefix;
  private final FieldLookup lookup;
  private final List<String> names;
  private final ColumnWriter[] writers;
  private final LateDataErrors errors;
  private final int[] seen;
  private int generation;

  /**
   * @param prefix the enclosing path plus '.', or "" at the top level
   * @param names every field of the object, in schema order
   * @param writers one per field, null for fields that are not read
   */
  ObjectFields(String prefix, List<String> names, ColumnWriter[] writers, LateDataErrors errors) {
    this.prefix = prefix;
    this.names = names;
    this.lookup = new FieldLookup(names);
    this.writers = writers;
    this.errors = errors;
    this.seen = new int[writers.length];
  }

  /** Reads the object at the tokenizer's position (its '{') into row {@code index}. */
  void read(JsonTokenizer t, int index, int depth) throws IOException {
    t.checkDepth(depth);
    t.pos++;
    int current = nextGeneration();
    int guess = 0;
    if (t.peek() != '}') {
      while (true) {
        if (t.peek() != '"') {
          throw t.fail("'\"' to start a key");
        }
        int keyStart = t.pos;
        t.scanString();
        int field;
        if (t.stringHasEscapes) {
          t.checkUtf8(t.stringStart, t.stringEnd);
          field = lookup.find(t.scratch, 0, t.unescape(), guess);
        } else {
          field = lookup.find(t.b, t.stringStart, t.stringEnd, guess);
        }
        if (field < 0 && !errors.declared()) {
          throw errors.unknownKey(t, keyStart, prefix + keyText(t));
        }
        t.expect(':', "':' after a key");
        ColumnWriter writer = field < 0 ? null : writers[field];
        if (writer == null) {
          // Outside the projection, or a key the declared columns do not list.
          t.skipValue(depth + 1);
        } else {
          writer.write(t, index, depth + 1);
        }
        if (field >= 0) {
          seen[field] = current;
          guess = field + 1;
        }
        int next = t.peek();
        if (next == '}') {
          break;
        }
        if (next != ',') {
          throw t.fail("',' or '}' after a value");
        }
        t.pos++;
      }
    }
    t.pos++;
    for (int field = 0; field < writers.length; field++) {
      if (seen[field] != current && writers[field] != null) {
        writers[field].writeNull(index);
      }
    }
  }

  /** Makes every field NULL at {@code index}. */
  void writeNulls(int index) {
    for (ColumnWriter writer : writers) {
      if (writer != null) {
        writer.writeNull(index);
      }
    }
  }

  /** The field names, in schema order. */
  List<String> names() {
    return names;
  }

  private int nextGeneration() {
    generation++;
    if (generation == 0) {
      // Wrapped after 2^32 objects: stale marks could look current, so clear them.
      Arrays.fill(seen, 0);
      generation = 1;
    }
    return generation;
  }

  private static String keyText(JsonTokenizer t) {
    if (t.stringHasEscapes) {
      return new String(t.scratch, 0, t.unescape(), StandardCharsets.UTF_8);
    }
    return new String(t.b, t.stringStart, t.stringEnd - t.stringStart, StandardCharsets.UTF_8);
  }
}
