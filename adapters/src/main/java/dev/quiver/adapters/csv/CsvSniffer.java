package dev.quiver.adapters.csv;

import dev.quiver.adapters.arrow.ColumnDeclarations;
import dev.quiver.adapters.arrow.StrptimeFormat;
import dev.quiver.adapters.compress.Compression;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Infers a CSV file's dialect, header and column types from a sample spread over the whole file:
 * the head plus chunks starting at evenly spaced byte offsets (see {@link CsvFormat} for the
 * rules).
 */
final class CsvSniffer {
  static final int DEFAULT_SAMPLE_SIZE = 20_000;

  /** The file is sampled in this many regions of equal byte size: the head and the rest. */
  static final int SAMPLE_REGIONS = 10;

  private static final int ROWS_PER_PASS = 1024;
  private static final byte DEFAULT_QUOTE = '"';
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The types a CSV column can be declared as, for the types and columns options. */
  private static final ColumnDeclarations.Vocabulary CSV_TYPES =
      new ColumnDeclarations.Vocabulary(
          "a CSV column type; use one of " + Arrays.toString(CsvColumnType.values()),
          field -> CsvColumnType.ofOrNull(field.getType()) != null);

  private final Path file;
  private final int sampleSize;
  private final Byte delimiterOption;
  private final Boolean headerOption;
  private final byte quote;
  private final byte escape;
  private final int bufferBytes;
  private final RejectPolicy rejects;
  private final StrptimeFormat dateFormat;
  private final StrptimeFormat timestampFormat;

  /** Option types: some columns' types by lower-case name, which win over inference. */
  private final Map<String, CsvColumnType> declaredTypes;

  /** Option columns: every column's name and type, in order, or null. */
  private final List<Field> declaredColumns;

  private int columns;
  private int[] restMasks;
  private boolean[] restSeen;
  private long restRows;
  private final ValueClassifier classifier;

  CsvSniffer(Path file, FormatOptions options, int bufferBytes) {
    this.file = file;
    this.sampleSize = options.getInt("sample_size", DEFAULT_SAMPLE_SIZE);
    this.delimiterOption = options.getAsciiChar("delim");
    this.headerOption = options.getBoolean("header");
    Byte quoteOption = options.getAsciiChar("quote");
    this.quote = quoteOption == null ? DEFAULT_QUOTE : quoteOption;
    Byte escapeOption = options.getAsciiChar("escape");
    this.escape = escapeOption == null ? quote : escapeOption;
    if (escape == '\n' || escape == '\r') {
      throw new IllegalArgumentException("Option escape cannot be a line break");
    }
    this.bufferBytes = bufferBytes;
    this.rejects = RejectPolicy.of(options);
    this.dateFormat = temporalFormat(options, "dateformat");
    this.timestampFormat = temporalFormat(options, "timestampformat");
    this.classifier = new ValueClassifier(new FieldParser(dateFormat, timestampFormat));
    String columnsText = options.get("columns", null);
    this.declaredColumns =
        columnsText == null ? null : ColumnDeclarations.parseColumns("columns", columnsText, CSV_TYPES);
    this.declaredTypes = declaredTypes(options.get("types", null));
    if (declaredColumns != null && !declaredTypes.isEmpty()) {
      throw new IllegalArgumentException(
          "Option types cannot be combined with columns, which already declares every column's"
              + " type; put the types in columns");
    }
  }

  /**
   * {@code types=amount:VARCHAR,id:BIGINT}: column types the user declares, which win over
   * inference. Names match case-insensitively; a name no column has is an error at inference.
   */
  private static Map<String, CsvColumnType> declaredTypes(String text) {
    Map<String, CsvColumnType> types = new LinkedHashMap<>();
    for (Map.Entry<String, Field> entry :
        ColumnDeclarations.parseTypes("types", text, CSV_TYPES).entrySet()) {
      types.put(
          entry.getKey().toLowerCase(Locale.ROOT), CsvColumnType.of(entry.getValue().getType()));
    }
    return types;
  }

  /**
   * Option dateformat or timestampformat: a strptime format naming a whole date, or null when the
   * option is not given (ISO).
   */
  private static StrptimeFormat temporalFormat(FormatOptions options, String key) {
    String pattern = options.get(key, null);
    if (pattern == null) {
      return null;
    }
    StrptimeFormat format;
    try {
      format = StrptimeFormat.compile(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Option " + key + ": " + e.getMessage(), e);
    }
    if (!format.hasDate()) {
      throw new IllegalArgumentException(
          "Option " + key + ": '" + pattern + "' does not name a whole date; it needs a year (%Y"
              + " or %y) and a month and day (%m, %b or %B with %d) or a day of the year (%j),"
              + " e.g. '%d/%m/%Y'");
    }
    return format;
  }

  TableSchema infer() throws IOException {
    try (PositionalInput input = PositionalInput.open(file)) {
      return infer(input);
    }
  }

  private TableSchema infer(PositionalInput input) throws IOException {
    // A compressed file's text size is known only by decompressing it: done when cheap, else the
    // head alone is sampled (size -1).
    long size =
        input.compressed()
            ? DecompressedSize.measureIfSmall(file, input)
            : Files.size(file);
    CsvScanner probe =
        new CsvScanner(
            file, input, new CsvTokenizer((byte) ',', quote, escape), new FieldTable(0, 1), bufferBytes,
            false, null);
    probe.seek(0, 1);
    byte[] head = probe.buf;
    while (!probe.sawEndOfFile() && probe.limit() < head.length) {
      probe.refill();
    }
    int headLength = probe.limit();
    int bom = startsWithBom(head, headLength) ? BOM.length : 0;
    if (isBlank(head, bom, headLength) && probe.sawEndOfFile()) {
      throw new ReaderException(
          file, -1, null, "file is empty: no header and no rows to infer columns from", null, null);
    }
    boolean tsv = Compression.uncompressedName(file).toLowerCase(Locale.ROOT).endsWith(".tsv");
    byte delimiter =
        delimiterOption != null
            ? delimiterOption
            : DelimiterSniffer.detect(
                head, bom, headLength, probe.sawEndOfFile(), quote, escape, tsv);
    if (escape != quote && escape == delimiter) {
      throw new IllegalArgumentException(
          "Option escape cannot be the delimiter (" + describe(delimiter) + ")");
    }

    // The first row: candidate header, and its width is the table's width.
    CsvTokenizer tokenizer = new CsvTokenizer(delimiter, quote, escape);
    CsvScanner first =
        new CsvScanner(file, input, tokenizer, new FieldTable(0, 1), bufferBytes, false, null);
    first.seek(bom, 1);
    int got = readRows(first, 1);
    if (got == 0) {
      throw new ReaderException(
          file, -1, null, "file is empty: no header and no rows to infer columns from", null, null);
    }
    columns = first.table.rowFieldCounts[0];
    if (declaredColumns != null && declaredColumns.size() != columns) {
      throw new ReaderException(
          file,
          first.lineNumber(first.table.rowLines[0]),
          null,
          "the first row has " + columns + " field" + (columns == 1 ? "" : "s")
              + ", but the columns option declares " + declaredColumns.size() + " column"
              + (declaredColumns.size() == 1 ? "" : "s"),
          "list every column of the file in columns, in order",
          first.rowText(0));
    }

    FieldTable table = new FieldTable(columns, ROWS_PER_PASS);
    CsvScanner scanner = new CsvScanner(file, input, tokenizer, table, bufferBytes, false, null);
    scanner.seek(bom, 1);
    readRows(scanner, 1);
    long firstRowStart = scanner.fileOffset(table.rowStarts[0]);
    long firstRowLine = scanner.lineNumber(table.rowLines[0]);
    List<String> firstValues = new ArrayList<>(columns);
    int[] firstMasks = new int[columns];
    boolean[] firstEmpty = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      int slot = table.base(c);
      byte kind = table.kinds[slot];
      int start = table.starts[slot];
      int end = table.ends[slot];
      boolean empty = kind == FieldTable.MISSING || start == end;
      firstEmpty[c] = empty;
      firstValues.add(empty ? "" : fieldText(scanner.buf, start, end, kind, quote, escape));
      firstMasks[c] = empty ? CsvColumnType.ANY : classifier.mask(scanner.buf, start, end);
    }
    long afterFirstRow = scanner.position();
    long afterFirstRowLine = scanner.lineNumber(scanner.relativeLine());

    restMasks = new int[columns];
    restSeen = new boolean[columns];
    Arrays.fill(restMasks, CsvColumnType.ANY);

    if (rejects.ignoreErrors()) {
      // From the head on rows are aligned, so a malformed one is skipped as the readers will skip
      // it; in a region entered at a byte offset, a malformed row may instead mean the region
      // started inside quotes, which is handled below.
      scanner.rejects = new RowRejects(file, null, 1);
    }
    boolean sampleAll = sampleSize <= 0;
    boolean everything;
    String how;
    boolean quotedLineBreaks;
    if (sampleAll) {
      everything = sampleRegion(scanner, Long.MAX_VALUE, Long.MAX_VALUE, false);
      quotedLineBreaks = scanner.quotedLineBreaks > 0;
      how = "all %d rows";
    } else {
      long perRegion = Math.max(1, sampleSize / SAMPLE_REGIONS);
      long regionBytes = size < 0 ? Long.MAX_VALUE : size / SAMPLE_REGIONS;
      everything = sampleRegion(scanner, perRegion, regionBytes, false);
      quotedLineBreaks = scanner.quotedLineBreaks > 0;
      if (quotedLineBreaks || size < 0) {
        // Mid-file chunks could start inside a quoted field, or the text's size is unknown; read
        // on from the head instead.
        everything = sampleRegion(scanner, sampleSize - restRows, Long.MAX_VALUE, false);
        how = everything ? "all %d rows" : "the first %d rows";
      } else {
        scanner.rejects = null;
        for (int region = 1; region < SAMPLE_REGIONS && !scanner.atEndOfFile(); region++) {
          long regionStart = size * region / SAMPLE_REGIONS;
          long regionEnd =
              region == SAMPLE_REGIONS - 1 ? Long.MAX_VALUE : size * (region + 1) / SAMPLE_REGIONS;
          if (scanner.position() < regionStart) {
            everything = false;
            scanner.seekToLineStart(regionStart);
          }
          boolean regionDone;
          try {
            regionDone = sampleRegion(scanner, perRegion, regionEnd, true);
          } catch (ReaderException resyncedInsideQuotes) {
            regionDone = false;
            quotedLineBreaks = true;
          }
          everything &= regionDone;
          quotedLineBreaks |= scanner.quotedLineBreaks > 0;
        }
        how = everything ? "all %d rows" : "%d rows sampled across the file";
      }
    }

    CsvColumnType[] declared = new CsvColumnType[columns];
    if (declaredColumns != null) {
      for (int c = 0; c < columns; c++) {
        declared[c] = CsvColumnType.of(declaredColumns.get(c).getType());
      }
    }
    boolean header =
        headerOption != null
            ? headerOption
            : looksLikeHeader(firstMasks, firstEmpty, firstValues, declared);
    long sampledRows = restRows + (header ? 0 : 1);
    String sampleDescription = String.format(Locale.ROOT, how, sampledRows);

    List<String> names;
    if (header) {
      names = HeaderNames.of(firstValues);
    } else {
      names = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        names.add(HeaderNames.positional(c));
        if (!firstEmpty[c]) {
          restMasks[c] &= firstMasks[c];
          restSeen[c] = true;
        }
      }
    }
    Map<String, String> declaredBy = new LinkedHashMap<>();
    if (declaredColumns != null) {
      names = new ArrayList<>(columns);
      for (Field field : declaredColumns) {
        names.add(field.getName());
        declaredBy.put(field.getName(), "columns");
      }
    }
    List<Field> fields = new ArrayList<>(columns);
    List<String> notes = new ArrayList<>();
    notes.add("delimiter: " + describe(delimiter) + (delimiterOption != null ? " (given)" : " (detected)"));
    notes.add("header: " + (header ? "yes" : "no") + (headerOption != null ? " (given)" : " (detected)"));
    notes.add("types inferred from " + sampleDescription);
    if (quotedLineBreaks) {
      notes.add("quoted line breaks seen: the file is read as one partition");
    }
    if (rejects.ignoreErrors()) {
      notes.add(
          "malformed rows are skipped (ignore_errors)"
              + (rejects.rejectsFile() == null ? "" : " and appended to " + rejects.rejectsFile()));
    }
    if (escape != quote) {
      notes.add("escape: '" + (char) escape + "' (given)");
    }
    if (dateFormat != null) {
      notes.add("dates: '" + dateFormat.pattern() + "' (given)");
    }
    if (timestampFormat != null) {
      notes.add("timestamps: '" + timestampFormat.pattern() + "' (given)");
    }
    if (input.compressed()) {
      notes.add(
          Compression.of(file).displayName()
              + "-compressed: read as one partition"
              + (size < 0 && !sampleAll
                  ? "; larger than "
                      + (DecompressedSize.MEASURE_LIMIT_BYTES >> 20)
                      + " MB compressed, so types come from the head of the file only"
                  : ""));
    }
    Set<String> undeclared = new HashSet<>(declaredTypes.keySet());
    for (int c = 0; c < columns; c++) {
      CsvColumnType given = declaredTypes.get(names.get(c).toLowerCase(Locale.ROOT));
      undeclared.remove(names.get(c).toLowerCase(Locale.ROOT));
      if (given != null) {
        declaredBy.put(names.get(c), "types");
      } else {
        given = declared[c];
      }
      CsvColumnType type =
          given != null
              ? given
              : restSeen[c] ? inferredType(restMasks[c]) : CsvColumnType.VARCHAR;
      fields.add(
          restSeen[c] || given != null
              ? Field.nullable(names.get(c), type.arrowType)
              : new Field(
                  names.get(c),
                  new FieldType(
                      true,
                      type.arrowType,
                      null,
                      Map.of(TableSchema.NO_VALUES_METADATA, "true")),
                  null));
      notes.add(
          "column " + names.get(c) + ": " + type
              + (given != null ? " (given)" : restSeen[c] ? "" : " (no values in the sample)"));
    }
    if (!undeclared.isEmpty()) {
      throw new IllegalArgumentException(
          "Option types names " + undeclared + ", which " + file.getFileName()
              + " does not have; its columns are " + names);
    }
    CsvDialect dialect =
        new CsvDialect(
            delimiter,
            quote,
            escape,
            header,
            header ? afterFirstRow : firstRowStart,
            header ? afterFirstRowLine : firstRowLine,
            quotedLineBreaks,
            sampleDescription,
            rejects,
            dateFormat,
            timestampFormat,
            Map.copyOf(declaredBy));
    return new TableSchema(new Schema(fields), List.copyOf(notes), dialect);
  }

  /**
   * Classifies up to {@code maxRows} rows from the scanner's position, stopping at rows starting at
   * {@code stopOffset}. Returns whether the region was read to its end (rather than cut by the
   * row limit).
   */
  private boolean sampleRegion(CsvScanner scanner, long maxRows, long stopOffset, boolean midFile)
      throws IOException {
    scanner.stopAt(stopOffset);
    FieldTable table = scanner.table;
    long taken = 0;
    while (taken < maxRows) {
      int rows = scanner.tokenize((int) Math.min(ROWS_PER_PASS, maxRows - taken));
      for (int row = 0; row < rows; row++) {
        int fieldCount = table.rowFieldCounts[row];
        if (fieldCount > columns || (midFile && fieldCount != columns)) {
          continue;
        }
        classifyRow(scanner.buf, table, row);
        taken++;
      }
      if (scanner.finished()) {
        restRows += taken;
        return true;
      }
      if (scanner.needsData()) {
        scanner.refill();
      }
    }
    restRows += taken;
    return false;
  }

  private void classifyRow(byte[] buf, FieldTable table, int row) {
    for (int c = 0; c < columns; c++) {
      int slot = table.base(c) + row;
      byte kind = table.kinds[slot];
      int start = table.starts[slot];
      int end = table.ends[slot];
      if (kind == FieldTable.MISSING || start == end) {
        continue;
      }
      restSeen[c] = true;
      if (restMasks[c] != 0) {
        restMasks[c] &= classifier.mask(buf, start, end);
      }
    }
  }

  /**
   * The type of a column whose values have the candidate {@code mask}: the narrowest, except that
   * a date or timestamp format the user gave wins over numbers ({@code %Y%m%d} reads 20240131).
   */
  private CsvColumnType inferredType(int mask) {
    if (dateFormat != null && (mask & CsvColumnType.DATE.bit()) != 0) {
      return CsvColumnType.DATE;
    }
    if (timestampFormat != null && (mask & CsvColumnType.TIMESTAMP.bit()) != 0) {
      return CsvColumnType.TIMESTAMP;
    }
    return CsvColumnType.narrowest(mask);
  }

  /**
   * A header when some typed column's first value does not fit its type (text over numbers): the
   * declared type (option columns) when it is not VARCHAR, else the type the rows below give.
   * When no column is typed, a header if the first row's values are all non-empty and distinct;
   * but not when the columns option names the columns, since mistaking a data row for a header
   * would lose it unseen.
   */
  private boolean looksLikeHeader(
      int[] firstMasks, boolean[] firstEmpty, List<String> firstValues, CsvColumnType[] declared) {
    boolean anyTyped = false;
    for (int c = 0; c < columns; c++) {
      int expected =
          declared[c] != null && declared[c] != CsvColumnType.VARCHAR
              ? declared[c].bit()
              : restSeen[c] ? restMasks[c] : 0;
      if (expected != 0) {
        anyTyped = true;
        if (!firstEmpty[c] && (firstMasks[c] & expected) == 0) {
          return true;
        }
      }
    }
    if (anyTyped || declaredColumns != null) {
      return false;
    }
    Set<String> distinct = new HashSet<>();
    for (int c = 0; c < columns; c++) {
      if (firstEmpty[c] || !distinct.add(firstValues.get(c))) {
        return false;
      }
    }
    return true;
  }

  /** Reads until {@code rows} rows are tokenized or the file ends; returns how many. */
  private static int readRows(CsvScanner scanner, int rows) throws IOException {
    while (true) {
      int got = scanner.tokenize(rows);
      if (got > 0 || scanner.finished()) {
        return got;
      }
      scanner.refill();
    }
  }

  private static String fieldText(
      byte[] buf, int start, int end, byte kind, byte quote, byte escape) {
    if (kind != FieldTable.ESCAPED) {
      return new String(buf, start, end - start, StandardCharsets.UTF_8);
    }
    byte[] unescaped = new byte[end - start];
    int length = 0;
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      if (b == quote || b == escape) {
        b = buf[++i];
      }
      unescaped[length++] = b;
    }
    return new String(unescaped, 0, length, StandardCharsets.UTF_8);
  }

  private static boolean startsWithBom(byte[] head, int length) {
    return length >= BOM.length && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
  }

  private static boolean isBlank(byte[] head, int from, int to) {
    for (int i = from; i < to; i++) {
      if (head[i] != '\n' && head[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String describe(byte delimiter) {
    return delimiter == '\t' ? "TAB" : "'" + (char) delimiter + "'";
  }

}
