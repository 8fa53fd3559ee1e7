package dev.quiver.adapters.parquet.metadata;

import dev.quiver.adapters.parquet.ParquetCorruptionException;

/** Parquet's physical (storage) types, in the order of their Thrift enum values. */
public enum PhysicalType {
  BOOLEAN,
  INT32,
  INT64,
  INT96,
  FLOAT,
  DOUBLE,
  BYTE_ARRAY,
  FIXED_LEN_BYTE_ARRAY;

  private static final PhysicalType[] BY_CODE = values();

  static PhysicalType fromThrift(int code) {
    if (code < 0 || code >= BY_CODE.length) {
      throw new ParquetCorruptionException("unknown physical type " + code);
    }
    return BY_CODE[code];
  }
}
