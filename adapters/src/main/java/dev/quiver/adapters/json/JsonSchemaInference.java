package dev.quiver.adapters.json;

import dev.quiver.adapters.arrow.TemporalBytes;
import dev.quiver.adapters.compress.Compression;
import dev.quiver.adapters.csv.RejectPolicy;
import dev.quiver.adapters.compress.DecompressedSize;
import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.spi.FormatOptions;
import dev.quiver.adapters.spi.ReaderException;
import dev.quiver.adapters.spi.TableSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Infers a JSON file's layout and column types from a sample of records spread over the whole
 * file (see {@link JsonFormat} for the rules): NDJSON is sampled in the head and in regions
 * starting at evenly spaced byte offsets, each resynchronised to a line start; an array file in
 * its head.
 */
final class JsonSchemaInference {
  static final int DEFAULT_SAMPLE_SIZE = 20_000;

  /** NDJSON is sampled in this many regions of equal byte size: the head and the rest. */
  static final int SAMPLE_REGIONS = 10;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final int DATE_LENGTH = 10;
  private static final int TIMESTAMP_MIN_LENGTH = 19;

  private final Path file;
  private final int sampleSize;
  private final int bufferBytes;
  private final RejectPolicy rejects;
  private final JsonType root = new JsonType();
  private final TemporalBytes temporal = new TemporalBytes();
  private JsonTokenizer t;
  private final RecordParser observeRecord = this::observeRecord;
  private final RecordParser observeValidRecord = this::observeValidRecord;
  private long sampled;
  private boolean multiLineRecords;

  JsonSchemaInference(Path file, FormatOptions options, int bufferBytes) {
    this.file = file;
    this.sampleSize = options.getInt("sample_size", DEFAULT_SAMPLE_SIZE);
    this.bufferBytes = bufferBytes;
    this.rejects = RejectPolicy.of(options);
    root.becomeStruct();
  }

  TableSchema infer() throws IOException {
    try (PositionalInput source = PositionalInput.open(file)) {
      return infer(source);
    }
  }

  private TableSchema infer(PositionalInput source) throws IOException {
    // A compressed file's text size is known only by decompressing it: done when cheap, else the
    // head alone is sampled (size -1).
    long size =
        source.compressed() ? DecompressedSize.measureIfSmall(file, source) : Files.size(file);
    JsonInput input = new JsonInput(file, source, bufferBytes, null);
    input.seek(0);
    int bom = startsWithBom(input) ? BOM.length : 0;
    input.seek(bom);
    int first = input.peekSignificant();
    if (first < 0) {
      throw new ReaderException(
          file, -1, null, "file is empty: no records to infer columns from", null, null);
    }
    boolean array = first == '[' && !isLineDelimitedByName();
    long dataStart = array ? input.position() + 1 : bom;
    input.seek(dataStart);
    // Under ignore_errors the head skips malformed records as the readers will; they may span lines
    // (a balanced record is tried), which is only learnt here.
    JsonRecords records =
        rejects.ignoreErrors()
            ? new JsonRecords(input, array, RecordRejects.DROP, true)
            : new JsonRecords(input, array);
    t = records.tokenizer;

    boolean everything;
    String how;
    if (sampleSize <= 0) {
      everything = sample(records, Long.MAX_VALUE);
      how = "all %d records";
    } else if (array) {
      everything = sample(records, sampleSize);
      how = everything ? "all %d records" : "the first %d records";
    } else {
      long perRegion = Math.max(1, sampleSize / SAMPLE_REGIONS);
      records.stopAt(size < 0 ? Long.MAX_VALUE : size / SAMPLE_REGIONS);
      everything = sample(records, perRegion);
      if (multiLineRecords || size < 0) {
        // A region could start inside a record that spans lines, or the text's size is unknown;
        // read on from the head instead.
        records.stopAt(Long.MAX_VALUE);
        everything = sample(records, sampleSize - sampled);
        how = everything ? "all %d records" : "the first %d records";
      } else {
        everything &= sampleRegions(input, size, perRegion, records);
        how = everything ? "all %d records" : "%d records sampled across the file";
      }
    }
    String sampleDescription = String.format(Locale.ROOT, how, sampled);

    List<Field> fields = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    notes.add("layout: " + (array ? "one top-level array of objects" : "one object per line"));
    notes.add("types inferred from " + sampleDescription);
    if (multiLineRecords && !array) {
      notes.add("records span lines: the file is read as one partition");
    }
    if (rejects.ignoreErrors()) {
      notes.add(
          "malformed records are skipped (ignore_errors)"
              + (rejects.rejectsFile() == null ? "" : " and appended to " + rejects.rejectsFile()));
    }
    if (source.compressed()) {
      notes.add(
          Compression.of(file).displayName()
              + "-compressed: read as one partition"
              + (size < 0 && sampleSize > 0 && !array
                  ? "; larger than "
                      + (DecompressedSize.MEASURE_LIMIT_BYTES >> 20)
                      + " MB compressed, so types come from the head of the file only"
                  : ""));
    }
    for (Map.Entry<String, JsonType> column : root.fields.entrySet()) {
      fields.add(column.getValue().toField(column.getKey()));
      notes.add("column " + column.getKey() + ": " + column.getValue());
    }
    JsonLayout layout =
        new JsonLayout(array, dataStart, multiLineRecords, sampleDescription, rejects);
    return new TableSchema(new Schema(fields), List.copyOf(notes), layout);
  }

  private boolean isLineDelimitedByName() {
    String name = Compression.uncompressedName(file).toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /** Samples the regions after the head; returns whether every record in them was sampled. */
  private boolean sampleRegions(JsonInput input, long size, long perRegion, JsonRecords head)
      throws IOException {
    boolean everything = true;
    JsonRecords records = head;
    for (int region = 1; region < SAMPLE_REGIONS; region++) {
      long regionStart = size * region / SAMPLE_REGIONS;
      long regionEnd =
          region == SAMPLE_REGIONS - 1 ? Long.MAX_VALUE : size * (region + 1) / SAMPLE_REGIONS;
      long next = records.nextLineStart();
      if (next < 0) {
        break;
      }
      if (next < regionStart) {
        everything = false;
        input.seekToLineStart(regionStart);
        // Under ignore_errors a bad record here is skipped, not taken for a record spanning lines
        // (those are recognised in the head only).
        records =
            rejects.ignoreErrors()
                ? new JsonRecords(input, false, RecordRejects.DROP, false)
                : new JsonRecords(input, false);
        t = records.tokenizer;
      }
      records.stopAt(regionEnd);
      try {
        everything &= sample(records, perRegion);
      } catch (ReaderException resyncedInsideRecord) {
        // Landing inside a record that spans lines looks like bad JSON; the read checks for real.
        multiLineRecords = true;
        everything = false;
        break;
      }
    }
    return everything;
  }

  /** Samples up to {@code maxRecords}; returns whether the records ran out first. */
  private boolean sample(JsonRecords records, long maxRecords) throws IOException {
    long taken = 0;
    while (taken < maxRecords) {
      if (!records.next(rejects.ignoreErrors() ? observeValidRecord : observeRecord)) {
        return true;
      }
      if (!multiLineRecords && records.recordSpansLines()) {
        multiLineRecords = true;
      }
      taken++;
      sampled++;
    }
    return false;
  }

  private void observeRecord(JsonTokenizer tokenizer) throws IOException {
    observe(root, 0);
  }

  /**
   * Under ignore_errors: observes the record only once it is known to be valid JSON and UTF-8, so
   * a record the readers will skip leaves no trace in the types.
   */
  private void observeValidRecord(JsonTokenizer tokenizer) throws IOException {
    int start = t.pos;
    t.skipValue(0);
    t.checkUtf8(start, t.pos);
    t.pos = start;
    observe(root, 0);
  }

  /** Widens {@code type} by the value at the tokenizer's position. */
  private void observe(JsonType type, int depth) throws IOException {
    int c = t.peek();
    switch (c) {
      case '{':
        if (!type.becomeStruct()) {
          t.skipValue(depth);
          return;
        }
        t.checkDepth(depth);
        t.pos++;
        if (t.peek() == '}') {
          t.pos++;
          return;
        }
        while (true) {
          if (t.peek() != '"') {
            throw t.fail("'\"' to start a key");
          }
          t.scanString();
          String key = stringText();
          t.expect(':', "':' after a key");
          observe(type.field(key), depth + 1);
          int next = t.peek();
          if (next == '}') {
            t.pos++;
            return;
          }
          if (next != ',') {
            throw t.fail("',' or '}' after a value");
          }
          t.pos++;
        }
      case '[':
        if (!type.becomeList()) {
          t.skipValue(depth);
          return;
        }
        t.checkDepth(depth);
        t.pos++;
        if (t.peek() == ']') {
          t.pos++;
          return;
        }
        while (true) {
          observe(type.element, depth + 1);
          int next = t.peek();
          if (next == ']') {
            t.pos++;
            return;
          }
          if (next != ',') {
            throw t.fail("',' or ']' after an array element");
          }
          t.pos++;
        }
      case '"':
        t.scanString();
        type.widenScalar(classifyString());
        return;
      case 't':
        t.expectTrue();
        type.widenScalar(JsonType.Kind.BOOLEAN);
        return;
      case 'f':
        t.expectFalse();
        type.widenScalar(JsonType.Kind.BOOLEAN);
        return;
      case 'n':
        t.expectNull();
        return;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          t.scanNumber();
          type.widenScalar(classifyNumber());
          return;
        }
        throw t.fail("a value (object, array, string, number, true, false or null)");
    }
  }

  private JsonType.Kind classifyNumber() {
    if (!t.numberIsInteger) {
      return JsonType.Kind.DOUBLE;
    }
    if (t.parseLong()) {
      return JsonType.Kind.BIGINT;
    }
    return t.integerDigits() <= JsonType.DECIMAL_PRECISION
        ? JsonType.Kind.DECIMAL
        : JsonType.Kind.DOUBLE;
  }

  private JsonType.Kind classifyString() throws IOException {
    t.checkUtf8(t.stringStart, t.stringEnd);
    byte[] bytes = t.b;
    int start = t.stringStart;
    int end = t.stringEnd;
    if (t.stringHasEscapes) {
      bytes = t.scratch;
      start = 0;
      end = t.unescape();
    }
    int length = end - start;
    if (length == DATE_LENGTH && temporal.parseDate(bytes, start, end)) {
      return JsonType.Kind.DATE;
    }
    if (length >= TIMESTAMP_MIN_LENGTH && temporal.parseTimestamp(bytes, start, end)) {
      return JsonType.Kind.TIMESTAMP;
    }
    return JsonType.Kind.STRING;
  }

  /** The last scanned string as Java text (keys only). */
  private String stringText() throws IOException {
    t.checkUtf8(t.stringStart, t.stringEnd);
    if (t.stringHasEscapes) {
      int length = t.unescape();
      return new String(t.scratch, 0, length, StandardCharsets.UTF_8);
    }
    return new String(t.b, t.stringStart, t.stringEnd - t.stringStart, StandardCharsets.UTF_8);
  }

  private static boolean startsWithBom(JsonInput input) throws IOException {
    while (input.limit < BOM.length && input.refill()) {
      // Read until three bytes are in or the file ends.
    }
    return input.limit >= BOM.length
        && input.buf[0] == BOM[0]
        && input.buf[1] == BOM[1]
        && input.buf[2] == BOM[2];
  }
}
