package dev.quiver.adapters.parquet.thrift;

import dev.quiver.adapters.parquet.ParquetCorruptionException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the Thrift compact protocol, the encoding of Parquet's footer and page headers, from a
 * byte array. Every length is checked against the bytes left, so a corrupt length can neither
 * read past the input nor make the reader allocate more than the input's size; nesting is capped
 * so a corrupt file cannot recurse without end.
 */
public final class CompactProtocolReader {
  public static final int STOP = 0;
  public static final int BOOLEAN_TRUE = 1;
  public static final int BOOLEAN_FALSE = 2;
  public static final int BYTE = 3;
  public static final int I16 = 4;
  public static final int I32 = 5;
  public static final int I64 = 6;
  public static final int DOUBLE = 7;
  public static final int BINARY = 8;
  public static final int LIST = 9;
  public static final int SET = 10;
  public static final int MAP = 11;
  public static final int STRUCT = 12;

  /** Deeper nesting than any Parquet structure has means the bytes are not a Parquet header. */
  private static final int MAX_DEPTH = 64;

  private static final int MAX_VARINT_BYTES = 10;

  private final byte[] bytes;
  private final int limit;
  private int position;
  private int depth;
  private final short[] lastFieldIds = new short[MAX_DEPTH + 1];
  private int fieldType;
  private short fieldId;

  public CompactProtocolReader(byte[] bytes, int offset, int limit) {
    this.bytes = bytes;
    this.position = offset;
    this.limit = limit;
  }

  public int position() {
    return position;
  }

  /** Enters a struct: field ids restart from zero. */
  public void beginStruct() {
    if (depth >= MAX_DEPTH) {
      throw new ParquetCorruptionException("Thrift structures nested more than " + MAX_DEPTH + " deep");
    }
    depth++;
    lastFieldIds[depth] = 0;
  }

  public void endStruct() {
    depth--;
  }

  /**
   * Reads the next field header of the current struct.
   *
   * @return false at the struct's end
   */
  public boolean nextField() {
    int header = readByte() & 0xff;
    int type = header & 0x0f;
    if (type == STOP) {
      return false;
    }
    int delta = header >>> 4;
    short id = delta == 0 ? (short) readZigZagInt() : (short) (lastFieldIds[depth] + delta);
    lastFieldIds[depth] = id;
    fieldType = type;
    fieldId = id;
    return true;
  }

  public short fieldId() {
    return fieldId;
  }

  public int fieldType() {
    return fieldType;
  }

  /** A boolean field's value, which the compact protocol keeps in the field header's type. */
  public boolean fieldBoolean() {
    if (fieldType == BOOLEAN_TRUE) {
      return true;
    }
    if (fieldType == BOOLEAN_FALSE) {
      return false;
    }
    throw new ParquetCorruptionException("Thrift field " + fieldId + " is type " + fieldType + ", expected a boolean");
  }

  public int readI32() {
    if (fieldType == BYTE) {
      return readByte();
    }
    expectIntegerField();
    return readZigZagInt();
  }

  public long readI64() {
    if (fieldType == BYTE) {
      return readByte();
    }
    expectIntegerField();
    return readZigZagLong();
  }

  private void expectIntegerField() {
    if (fieldType != I32 && fieldType != I64 && fieldType != I16) {
      throw new ParquetCorruptionException(
          "Thrift field " + fieldId + " is type " + fieldType + ", expected an integer");
    }
  }

  public byte[] readBinary() {
    int length = readVarInt();
    if (length < 0 || length > limit - position) {
      throw new ParquetCorruptionException(
          "Thrift binary of " + length + " bytes with only " + (limit - position) + " left");
    }
    byte[] value = new byte[length];
    System.arraycopy(bytes, position, value, 0, length);
    position += length;
    return value;
  }

  public String readString() {
    return new String(readBinary(), StandardCharsets.UTF_8);
  }

  /**
   * Reads a list header.
   *
   * @return the element count; {@link #listElementType()} gives the element type
   */
  public int readListHeader() {
    int header = readByte() & 0xff;
    int size = header >>> 4;
    listElementType = header & 0x0f;
    if (size == 15) {
      size = readVarInt();
    }
    // Every element takes at least one byte, so a longer list cannot be in the input.
    if (size < 0 || size > limit - position) {
      throw new ParquetCorruptionException(
          "Thrift list of " + size + " elements with only " + (limit - position) + " bytes left");
    }
    return size;
  }

  private int listElementType;

  public int listElementType() {
    return listElementType;
  }

  /** Reads one i32 element of a list (enums in lists are i32). */
  public int readListI32() {
    return readZigZagInt();
  }

  /** Skips the current field's value. */
  public void skipField() {
    skip(fieldType, 0);
  }

  private void skip(int type, int nesting) {
    if (nesting > MAX_DEPTH) {
      throw new ParquetCorruptionException("Thrift values nested more than " + MAX_DEPTH + " deep");
    }
    switch (type) {
      case BOOLEAN_TRUE:
      case BOOLEAN_FALSE:
        return;
      case BYTE:
        readByte();
        return;
      case I16:
      case I32:
      case I64:
        readZigZagLong();
        return;
      case DOUBLE:
        skipBytes(Double.BYTES);
        return;
      case BINARY:
        skipBytes(readVarInt());
        return;
      case LIST:
      case SET:
        {
          int size = readListHeader();
          int elementType = listElementType;
          for (int i = 0; i < size; i++) {
            if (elementType == BOOLEAN_TRUE || elementType == BOOLEAN_FALSE) {
              readByte();
            } else {
              skip(elementType, nesting + 1);
            }
          }
          return;
        }
      case MAP:
        {
          int size = readVarInt();
          if (size < 0 || size > limit - position) {
            throw new ParquetCorruptionException("Thrift map of " + size + " entries is too long");
          }
          if (size == 0) {
            return;
          }
          int types = readByte() & 0xff;
          for (int i = 0; i < size; i++) {
            skip(types >>> 4, nesting + 1);
            skip(types & 0x0f, nesting + 1);
          }
          return;
        }
      case STRUCT:
        {
          beginStruct();
          while (nextField()) {
            skip(fieldType, nesting + 1);
          }
          endStruct();
          return;
        }
      default:
        throw new ParquetCorruptionException("unknown Thrift type " + type);
    }
  }

  private void skipBytes(int count) {
    if (count < 0 || count > limit - position) {
      throw new ParquetCorruptionException(
          "Thrift value of " + count + " bytes with only " + (limit - position) + " left");
    }
    position += count;
  }

  private byte readByte() {
    if (position >= limit) {
      throw new ParquetCorruptionException("Thrift structure ends early, at byte " + position);
    }
    return bytes[position++];
  }

  private int readVarInt() {
    return (int) readVarLong();
  }

  private long readVarLong() {
    long result = 0;
    int shift = 0;
    for (int i = 0; i < MAX_VARINT_BYTES; i++) {
      byte b = readByte();
      result |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
      shift += 7;
    }
    throw new ParquetCorruptionException("Thrift varint longer than " + MAX_VARINT_BYTES + " bytes");
  }

  private int readZigZagInt() {
    int n = readVarInt();
    return (n >>> 1) ^ -(n & 1);
  }

  private long readZigZagLong() {
    long n = readVarLong();
    return (n >>> 1) ^ -(n & 1);
  }
}
