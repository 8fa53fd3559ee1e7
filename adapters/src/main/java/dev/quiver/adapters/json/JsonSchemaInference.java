package dev.quiver.adapters.json;

import dev.quiver.adapters.arrow.ColumnDeclarations;
import dev.quiver.adapters.arrow.TemporalBytes;
import dev.quiver.adapters.compress.Compression;
import dev.quiver.adapters.compress.DecompressedSize;
import dev.quiver.adapters.compress.PositionalInput;
import dev.quiver.adapters.csv.RejectPolicy;
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
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
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

  /** The types the JSON reader can be declared to produce, nested to any depth. */
  private static final ColumnDeclarations.Vocabulary JSON_TYPES =
      new ColumnDeclarations.Vocabulary(
          "a type the JSON reader can produce; use one of BOOLEAN, INTEGER, BIGINT, DOUBLE,"
              + " DECIMAL(p, s), VARCHAR, DATE, TIMESTAMP, ROW(name type, ...), type ARRAY",
          JsonSchemaInference::writable);

  /** Option format: how the records are laid out, or AUTO to tell from the file. */
  enum Format {
    AUTO,
    NEWLINE_DELIMITED,
    ARRAY
  }

  private final Path file;
  private final int sampleSize;
  private final int bufferBytes;
  private final RejectPolicy rejects;
  private final Format format;

  /** Option columns: every column's name and type, or null to infer them. */
  private final List<Field> declaredColumns;

  private final JsonType root = new JsonType();
  private final TemporalBytes temporal = new TemporalBytes();
  private JsonTokenizer t;
  private final RecordParser observeRecord = this::observeRecord;
  private final RecordParser observeValidRecord = this::observeValidRecord;
  private final RecordParser checkRecord = this::checkRecord;
  private long sampled;
  private boolean multiLineRecords;

  JsonSchemaInference(Path file, FormatOptions options, int bufferBytes) {
    this.file = file;
    this.sampleSize = options.getInt("sample_size", DEFAULT_SAMPLE_SIZE);
    this.bufferBytes = bufferBytes;
    this.rejects = RejectPolicy.of(options);
    this.format = format(options.get("format", null));
    String columns = options.get("columns", null);
    this.declaredColumns =
        columns == null ? null : ColumnDeclarations.parseColumns("columns", columns, JSON_TYPES);
    root.becomeStruct();
  }

  private static Format format(String text) {
    if (text == null) {
      return Format.AUTO;
    }
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "auto":
        return Format.AUTO;
      case "newline_delimited":
        return Format.NEWLINE_DELIMITED;
      case "array":
        return Format.ARRAY;
      default:
        throw new IllegalArgumentException(
            "Option format expects 'auto', 'newline_delimited' or 'array', got '" + text + "'");
    }
  }

  /** Whether the JSON writers can fill a vector of {@code field}'s type. */
  private static boolean writable(Field field) {
    ArrowType type = field.getType();
    switch (type.getTypeID()) {
      case Bool:
      case Utf8:
      case Decimal:
        return true;
      case Int:
        int bits = ((ArrowType.Int) type).getBitWidth();
        return ((ArrowType.Int) type).getIsSigned() && (bits == 32 || bits == 64);
      case FloatingPoint:
        return ((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.DOUBLE;
      case Date:
        return ((ArrowType.Date) type).getUnit() == DateUnit.DAY;
      case Timestamp:
        ArrowType.Timestamp timestamp = (ArrowType.Timestamp) type;
        return timestamp.getUnit() == TimeUnit.MICROSECOND && timestamp.getTimezone() == null;
      case Struct:
      case List:
        for (Field child : field.getChildren()) {
          if (!writable(child)) {
            return false;
          }
        }
        return true;
      default:
        return false;
    }
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
    boolean array;
    switch (format) {
      case ARRAY:
        if (first != '[') {
          throw input.error(
              input.position(),
              "format => 'array' expects one top-level JSON array of objects, found "
                  + describe(first),
              "read with format => 'newline_delimited' (one object per line) or 'auto'");
        }
        array = true;
        break;
      case NEWLINE_DELIMITED:
        if (first == '[') {
          throw input.error(
              input.position(),
              "format => 'newline_delimited' expects one JSON object per line, found '['",
              "the file holds a top-level array: read with format => 'array' or 'auto'");
        }
        array = false;
        break;
      default:
        array = first == '[' && !isLineDelimitedByName();
    }
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
    notes.add(
        "layout: " + (array ? "one top-level array of objects" : "one object per line")
            + (format == Format.AUTO ? "" : " (given)"));
    notes.add(
        declaredColumns == null
            ? "types inferred from " + sampleDescription
            : "columns given; layout checked on " + sampleDescription);
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
    if (declaredColumns != null) {
      for (Field field : declaredColumns) {
        fields.add(field);
        notes.add(
            "column " + field.getName() + ": " + ColumnDeclarations.sqlName(field) + " (given)");
      }
    } else {
      for (Map.Entry<String, JsonType> column : root.fields.entrySet()) {
        fields.add(column.getValue().toField(column.getKey()));
        notes.add("column " + column.getKey() + ": " + column.getValue());
      }
    }
    JsonLayout layout =
        new JsonLayout(
            array, dataStart, multiLineRecords, sampleDescription, rejects, declaredColumns != null);
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
      RecordParser parser =
          declaredColumns != null
              ? checkRecord
              : rejects.ignoreErrors() ? observeValidRecord : observeRecord;
      if (!records.next(parser)) {
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

  /**
   * With declared columns the sample only learns the layout (records spanning lines) and checks
   * the records are JSON and UTF-8; their types are not observed.
   */
  private void checkRecord(JsonTokenizer tokenizer) throws IOException {
    int start = t.pos;
    t.skipValue(0);
    t.checkUtf8(start, t.pos);
  }

  private static String describe(int c) {
    if (c >= 0x20 && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("byte 0x%02X", c);
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
