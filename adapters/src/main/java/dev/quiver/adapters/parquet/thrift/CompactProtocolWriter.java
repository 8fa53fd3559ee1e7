package dev.quiver.adapters.parquet.thrift;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the Thrift compact protocol (Parquet's footer and page headers) into a growable byte
 * array: field headers with id deltas, zigzag varints, binaries, lists and nested structs.
 */
public final class CompactProtocolWriter {
  private static final int MAX_SHORT_DELTA = 15;
  private static final int MAX_SHORT_LIST = 14;

  private byte[] bytes = new byte[256];
  private int size;
  private short[] lastFieldIds = new short[16];
  private int depth;

  public int size() {
    return size;
  }

  public byte[] array() {
    return bytes;
  }

  public void reset() {
    size = 0;
    depth = 0;
    lastFieldIds[0] = 0;
  }

  public void i32Field(int id, int value) {
    fieldHeader(id, CompactProtocolReader.I32);
    varInt(zigZag(value));
  }

  public void i64Field(int id, long value) {
    fieldHeader(id, CompactProtocolReader.I64);
    varInt(zigZag(value));
  }

  /** A single-byte field (Thrift i8), as IntType.bitWidth uses. */
  public void byteField(int id, int value) {
    fieldHeader(id, CompactProtocolReader.BYTE);
    put(value);
  }

  public void boolField(int id, boolean value) {
    fieldHeader(id, value ? CompactProtocolReader.BOOLEAN_TRUE : CompactProtocolReader.BOOLEAN_FALSE);
  }

  public void binaryField(int id, byte[] value) {
    fieldHeader(id, CompactProtocolReader.BINARY);
    binary(value);
  }

  public void stringField(int id, String value) {
    binaryField(id, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts a struct-valued field; close it with {@link #endStruct()}. */
  public void structField(int id) {
    fieldHeader(id, CompactProtocolReader.STRUCT);
    beginStruct();
  }

  /** Starts a struct that is a list element or the top-level value. */
  public void beginStruct() {
    depth++;
    if (depth == lastFieldIds.length) {
      lastFieldIds = Arrays.copyOf(lastFieldIds, depth * 2);
    }
    lastFieldIds[depth] = 0;
  }

  /** Writes the STOP byte of the current struct. */
  public void endStruct() {
    put(CompactProtocolReader.STOP);
    depth--;
  }

  /** Starts a list field of {@code count} elements of {@code elementType}; then write the elements. */
  public void listField(int id, int elementType, int count) {
    fieldHeader(id, CompactProtocolReader.LIST);
    if (count <= MAX_SHORT_LIST) {
      put((count << 4) | elementType);
    } else {
      put(0xF0 | elementType);
      varInt(count);
    }
  }

  /** An i32 list element. */
  public void i32Element(int value) {
    varInt(zigZag(value));
  }

  /** A binary or string list element. */
  public void stringElement(String value) {
    binary(value.getBytes(StandardCharsets.UTF_8));
  }

  private void binary(byte[] value) {
    varInt(value.length);
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  private void fieldHeader(int id, int type) {
    int delta = id - lastFieldIds[depth];
    if (delta > 0 && delta <= MAX_SHORT_DELTA) {
      put((delta << 4) | type);
    } else {
      put(type);
      varInt(zigZag(id));
    }
    lastFieldIds[depth] = (short) id;
  }

  private static long zigZag(long value) {
    return (value << 1) ^ (value >> 63);
  }

  private void varInt(long value) {
    ensure(10);
    while ((value & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
  }

  private void put(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  private void ensure(int extra) {
    if (size + extra > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + extra, bytes.length * 2));
    }
  }
}
