package dev.quiver.adapters.parquet.metadata;

/**
 * One node of the footer's flattened schema (depth-first order).
 *
 * @param type physical type for leaves, null for groups
 * @param typeLength FIXED_LEN_BYTE_ARRAY width
 * @param repetition REQUIRED, OPTIONAL or REPEATED
 * @param name the field name
 * @param numChildren children of a group, 0 for leaves
 * @param convertedType the legacy ConvertedType code, or -1
 * @param scale legacy DECIMAL scale
 * @param precision legacy DECIMAL precision
 * @param logicalType the LogicalType annotation, or null
 */
public record SchemaElement(
    PhysicalType type,
    int typeLength,
    Repetition repetition,
    String name,
    int numChildren,
    int convertedType,
    int scale,
    int precision,
    LogicalType logicalType) {

  /** Field repetition, in the order of the Thrift enum. */
  public enum Repetition {
    REQUIRED,
    OPTIONAL,
    REPEATED
  }

  /** Legacy ConvertedType codes used by this reader. */
  public static final int UTF8 = 0;
  public static final int MAP = 1;
  public static final int MAP_KEY_VALUE = 2;
  public static final int LIST = 3;
  public static final int ENUM = 4;
  public static final int DECIMAL = 5;
  public static final int DATE = 6;
  public static final int TIME_MILLIS = 7;
  public static final int TIME_MICROS = 8;
  public static final int TIMESTAMP_MILLIS = 9;
  public static final int TIMESTAMP_MICROS = 10;
  public static final int UINT_8 = 11;
  public static final int UINT_16 = 12;
  public static final int UINT_32 = 13;
  public static final int UINT_64 = 14;
  public static final int INT_8 = 15;
  public static final int INT_16 = 16;
  public static final int INT_32 = 17;
  public static final int INT_64 = 18;
  public static final int JSON = 19;
  public static final int BSON = 20;
  public static final int INTERVAL = 21;

  public boolean isGroup() {
    return type == null;
  }
}
