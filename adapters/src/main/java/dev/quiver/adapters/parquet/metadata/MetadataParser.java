package dev.quiver.adapters.parquet.metadata;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import dev.quiver.adapters.parquet.thrift.CompactProtocolReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the Thrift structures of parquet-format (FileMetaData, PageHeader) that this reader uses;
 * unknown fields are skipped, so files from newer writers still read.
 */
public final class MetadataParser {
  private MetadataParser() {}

  /** Decodes a FileMetaData structure from {@code bytes[offset, limit)}. */
  public static FileMetadata parseFileMetadata(byte[] bytes, int offset, int limit) {
    CompactProtocolReader in = new CompactProtocolReader(bytes, offset, limit);
    List<SchemaElement> schema = new ArrayList<>();
    List<RowGroupMetadata> rowGroups = new ArrayList<>();
    long numRows = -1;
    String createdBy = null;
    List<Boolean> orders = null;
    boolean encrypted = false;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 2 -> {
          int size = in.readListHeader();
          for (int i = 0; i < size; i++) {
            schema.add(parseSchemaElement(in));
          }
        }
        case 3 -> numRows = in.readI64();
        case 4 -> {
          int size = in.readListHeader();
          for (int i = 0; i < size; i++) {
            rowGroups.add(parseRowGroup(in));
          }
        }
        case 6 -> createdBy = in.readString();
        case 7 -> {
          int size = in.readListHeader();
          orders = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            orders.add(parseColumnOrder(in));
          }
        }
        case 8 -> {
          encrypted = true;
          in.skipField();
        }
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (schema.isEmpty()) {
      throw new ParquetCorruptionException("the footer has no schema");
    }
    if (numRows < 0) {
      throw new ParquetCorruptionException("the footer has no row count");
    }
    boolean[] typeDefinedOrder = new boolean[orders == null ? 0 : orders.size()];
    for (int i = 0; i < typeDefinedOrder.length; i++) {
      typeDefinedOrder[i] = orders.get(i);
    }
    return new FileMetadata(schema, numRows, rowGroups, createdBy, typeDefinedOrder, encrypted);
  }

  private static boolean parseColumnOrder(CompactProtocolReader in) {
    boolean typeOrder = false;
    in.beginStruct();
    while (in.nextField()) {
      if (in.fieldId() == 1) {
        typeOrder = true;
      }
      in.skipField();
    }
    in.endStruct();
    return typeOrder;
  }

  private static SchemaElement parseSchemaElement(CompactProtocolReader in) {
    PhysicalType type = null;
    int typeLength = 0;
    SchemaElement.Repetition repetition = SchemaElement.Repetition.REQUIRED;
    String name = null;
    int numChildren = 0;
    int convertedType = -1;
    int scale = 0;
    int precision = 0;
    LogicalType logical = null;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> type = PhysicalType.fromThrift(in.readI32());
        case 2 -> typeLength = in.readI32();
        case 3 -> {
          int code = in.readI32();
          if (code < 0 || code > 2) {
            throw new ParquetCorruptionException("unknown repetition type " + code);
          }
          repetition = SchemaElement.Repetition.values()[code];
        }
        case 4 -> name = in.readString();
        case 5 -> numChildren = in.readI32();
        case 6 -> convertedType = in.readI32();
        case 7 -> scale = in.readI32();
        case 8 -> precision = in.readI32();
        case 10 -> logical = parseLogicalType(in);
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (name == null) {
      throw new ParquetCorruptionException("a schema element has no name");
    }
    if (numChildren < 0) {
      throw new ParquetCorruptionException("schema element '" + name + "' has " + numChildren + " children");
    }
    return new SchemaElement(
        numChildren > 0 ? null : type,
        typeLength,
        repetition,
        name,
        numChildren,
        convertedType,
        scale,
        precision,
        logical);
  }

  private static LogicalType parseLogicalType(CompactProtocolReader in) {
    LogicalType result = LogicalType.of(LogicalType.Kind.UNSUPPORTED);
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> result = emptyStruct(in, LogicalType.Kind.STRING);
        case 2 -> result = emptyStruct(in, LogicalType.Kind.MAP);
        case 3 -> result = emptyStruct(in, LogicalType.Kind.LIST);
        case 4 -> result = emptyStruct(in, LogicalType.Kind.ENUM);
        case 5 -> result = parseDecimal(in);
        case 6 -> result = emptyStruct(in, LogicalType.Kind.DATE);
        case 7 -> result = parseTime(in, LogicalType.Kind.TIME);
        case 8 -> result = parseTime(in, LogicalType.Kind.TIMESTAMP);
        case 10 -> result = parseInteger(in);
        case 11 -> result = emptyStruct(in, LogicalType.Kind.UNKNOWN);
        case 12 -> result = emptyStruct(in, LogicalType.Kind.JSON);
        case 13 -> result = emptyStruct(in, LogicalType.Kind.BSON);
        case 14 -> result = emptyStruct(in, LogicalType.Kind.UUID);
        case 15 -> result = emptyStruct(in, LogicalType.Kind.FLOAT16);
        default -> in.skipField();
      }
    }
    in.endStruct();
    return result;
  }

  private static LogicalType emptyStruct(CompactProtocolReader in, LogicalType.Kind kind) {
    in.skipField();
    return LogicalType.of(kind);
  }

  private static LogicalType parseDecimal(CompactProtocolReader in) {
    int scale = 0;
    int precision = 0;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> scale = in.readI32();
        case 2 -> precision = in.readI32();
        default -> in.skipField();
      }
    }
    in.endStruct();
    return new LogicalType(
        LogicalType.Kind.DECIMAL, scale, precision, LogicalType.TimeUnit.MICROS, false, 0, true);
  }

  private static LogicalType parseTime(CompactProtocolReader in, LogicalType.Kind kind) {
    boolean utc = false;
    LogicalType.TimeUnit unit = null;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> utc = in.fieldBoolean();
        case 2 -> unit = parseTimeUnit(in);
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (unit == null) {
      return LogicalType.of(LogicalType.Kind.UNSUPPORTED);
    }
    return new LogicalType(kind, 0, 0, unit, utc, 0, true);
  }

  private static LogicalType.TimeUnit parseTimeUnit(CompactProtocolReader in) {
    LogicalType.TimeUnit unit = null;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> unit = LogicalType.TimeUnit.MILLIS;
        case 2 -> unit = LogicalType.TimeUnit.MICROS;
        case 3 -> unit = LogicalType.TimeUnit.NANOS;
        default -> {}
      }
      in.skipField();
    }
    in.endStruct();
    return unit;
  }

  private static LogicalType parseInteger(CompactProtocolReader in) {
    int bitWidth = 0;
    boolean signed = true;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> bitWidth = in.readI32();
        case 2 -> signed = in.fieldBoolean();
        default -> in.skipField();
      }
    }
    in.endStruct();
    return new LogicalType(
        LogicalType.Kind.INTEGER, 0, 0, LogicalType.TimeUnit.MICROS, false, bitWidth, signed);
  }

  private static RowGroupMetadata parseRowGroup(CompactProtocolReader in) {
    List<ColumnChunkMetadata> columns = new ArrayList<>();
    long numRows = -1;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> {
          int size = in.readListHeader();
          for (int i = 0; i < size; i++) {
            columns.add(parseColumnChunk(in));
          }
        }
        case 3 -> numRows = in.readI64();
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (numRows < 0) {
      throw new ParquetCorruptionException("a row group has a row count of " + numRows);
    }
    return new RowGroupMetadata(columns, numRows);
  }

  private static ColumnChunkMetadata parseColumnChunk(CompactProtocolReader in) {
    ColumnChunkMetadata meta = null;
    String filePath = null;
    boolean encrypted = false;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> filePath = in.readString();
        case 3 -> meta = parseColumnMetadata(in);
        case 8, 9 -> {
          encrypted = true;
          in.skipField();
        }
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (meta == null) {
      return new ColumnChunkMetadata(
          null, List.of(), 0, 0, 0, -1, -1, null, encrypted, filePath);
    }
    return new ColumnChunkMetadata(
        meta.type(),
        meta.path(),
        meta.codec(),
        meta.numValues(),
        meta.totalCompressedSize(),
        meta.dataPageOffset(),
        meta.dictionaryPageOffset(),
        meta.statistics(),
        encrypted,
        filePath);
  }

  private static ColumnChunkMetadata parseColumnMetadata(CompactProtocolReader in) {
    PhysicalType type = null;
    List<String> path = new ArrayList<>();
    int codec = 0;
    long numValues = -1;
    long compressedSize = -1;
    long dataPageOffset = -1;
    long dictionaryPageOffset = -1;
    ColumnStatistics statistics = null;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> type = PhysicalType.fromThrift(in.readI32());
        case 3 -> {
          int size = in.readListHeader();
          for (int i = 0; i < size; i++) {
            path.add(in.readString());
          }
        }
        case 4 -> codec = in.readI32();
        case 5 -> numValues = in.readI64();
        case 7 -> compressedSize = in.readI64();
        case 9 -> dataPageOffset = in.readI64();
        case 11 -> dictionaryPageOffset = in.readI64();
        case 12 -> statistics = parseStatistics(in);
        default -> in.skipField();
      }
    }
    in.endStruct();
    return new ColumnChunkMetadata(
        type,
        path,
        codec,
        numValues,
        compressedSize,
        dataPageOffset,
        dictionaryPageOffset,
        statistics,
        false,
        null);
  }

  private static ColumnStatistics parseStatistics(CompactProtocolReader in) {
    byte[] max = null;
    byte[] min = null;
    byte[] maxValue = null;
    byte[] minValue = null;
    long nullCount = -1;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> max = in.readBinary();
        case 2 -> min = in.readBinary();
        case 3 -> nullCount = in.readI64();
        case 5 -> maxValue = in.readBinary();
        case 6 -> minValue = in.readBinary();
        default -> in.skipField();
      }
    }
    in.endStruct();
    return new ColumnStatistics(min, max, minValue, maxValue, nullCount);
  }

  /** Decodes a PageHeader starting at {@code offset}; its size is in the result. */
  public static PageHeader parsePageHeader(byte[] bytes, int offset, int limit) {
    CompactProtocolReader in = new CompactProtocolReader(bytes, offset, limit);
    int type = -1;
    int uncompressed = -1;
    int compressed = -1;
    int[] data = {-1, PageHeaderFields.NO_ENCODING, Encodings.RLE, Encodings.RLE, -1, 0, 0};
    boolean isCompressed = true;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> type = in.readI32();
        case 2 -> uncompressed = in.readI32();
        case 3 -> compressed = in.readI32();
        case 5 -> parseDataPageHeader(in, data);
        case 7 -> parseDictionaryPageHeader(in, data);
        case 8 -> isCompressed = parseDataPageHeaderV2(in, data);
        default -> in.skipField();
      }
    }
    in.endStruct();
    if (type < 0 || uncompressed < 0 || compressed < 0) {
      throw new ParquetCorruptionException(
          "page header lacks its type or sizes (type "
              + type
              + ", compressed "
              + compressed
              + ", uncompressed "
              + uncompressed
              + ")");
    }
    return new PageHeader(
        type,
        uncompressed,
        compressed,
        data[PageHeaderFields.NUM_VALUES],
        data[PageHeaderFields.ENCODING],
        data[PageHeaderFields.DEF_ENCODING],
        data[PageHeaderFields.REP_ENCODING],
        data[PageHeaderFields.NUM_ROWS],
        data[PageHeaderFields.DEF_LENGTH],
        data[PageHeaderFields.REP_LENGTH],
        isCompressed,
        in.position() - offset);
  }

  /** Slots of the scratch array the page header parsers fill. */
  private static final class PageHeaderFields {
    static final int NUM_VALUES = 0;
    static final int ENCODING = 1;
    static final int DEF_ENCODING = 2;
    static final int REP_ENCODING = 3;
    static final int NUM_ROWS = 4;
    static final int DEF_LENGTH = 5;
    static final int REP_LENGTH = 6;
    static final int NO_ENCODING = -1;
  }

  private static void parseDataPageHeader(CompactProtocolReader in, int[] data) {
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> data[PageHeaderFields.NUM_VALUES] = in.readI32();
        case 2 -> data[PageHeaderFields.ENCODING] = in.readI32();
        case 3 -> data[PageHeaderFields.DEF_ENCODING] = in.readI32();
        case 4 -> data[PageHeaderFields.REP_ENCODING] = in.readI32();
        default -> in.skipField();
      }
    }
    in.endStruct();
  }

  private static void parseDictionaryPageHeader(CompactProtocolReader in, int[] data) {
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> data[PageHeaderFields.NUM_VALUES] = in.readI32();
        case 2 -> data[PageHeaderFields.ENCODING] = in.readI32();
        default -> in.skipField();
      }
    }
    in.endStruct();
  }

  private static boolean parseDataPageHeaderV2(CompactProtocolReader in, int[] data) {
    boolean compressed = true;
    in.beginStruct();
    while (in.nextField()) {
      switch (in.fieldId()) {
        case 1 -> data[PageHeaderFields.NUM_VALUES] = in.readI32();
        case 3 -> data[PageHeaderFields.NUM_ROWS] = in.readI32();
        case 4 -> data[PageHeaderFields.ENCODING] = in.readI32();
        case 5 -> data[PageHeaderFields.DEF_LENGTH] = in.readI32();
        case 6 -> data[PageHeaderFields.REP_LENGTH] = in.readI32();
        case 7 -> compressed = in.fieldBoolean();
        default -> in.skipField();
      }
    }
    in.endStruct();
    return compressed;
  }
}
