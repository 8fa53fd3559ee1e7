package dev.quiver.adapters.write;

import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.StructVector;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * JSON text of nested values: Struct as an object, List as an array, Map as an object whose keys
 * are the keys' text. Children are encoded column-wise first (one loop per child), then assembled.
 */
final class NestedEncoders {
  private static final int OFFSET_BYTES = 4;

  private NestedEncoders() {}

  static ColumnEncoder struct(Field field, TextStyle style) {
    List<Field> children = field.getChildren();
    int n = children.size();
    ColumnEncoder[] encoders = new ColumnEncoder[n];
    EncodedColumn[] encoded = new EncodedColumn[n];
    byte[][] keys = new byte[n][];
    for (int c = 0; c < n; c++) {
      encoders[c] = ColumnEncoders.forField(children.get(c), style);
      encoded[c] = new EncodedColumn();
      ByteBuilder key = new ByteBuilder(16);
      key.put(c == 0 ? '{' : ',');
      JsonText.appendQuoted(key, children.get(c).getName());
      key.put(':');
      keys[c] = key.toByteArray();
    }
    return (vector, start, end, out) -> {
      StructVector struct = (StructVector) vector;
      for (int c = 0; c < n; c++) {
        encoded[c].reset();
        encoders[c].encode((FieldVector) struct.getChildByOrdinal(c), start, end, encoded[c]);
      }
      ArrowBuf validity = vector.getValidityBuffer();
      for (int i = start; i < end; i++) {
        if (ScalarEncoders.isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        if (n == 0) {
          out.bytes.put('{');
        }
        for (int c = 0; c < n; c++) {
          out.bytes.put(keys[c]);
          encoded[c].copyValue(i - start, out.bytes);
        }
        out.bytes.put('}');
        out.endValue();
      }
    };
  }

  static ColumnEncoder list(Field field, TextStyle style) {
    ColumnEncoder elements = ColumnEncoders.forField(field.getChildren().get(0), style);
    EncodedColumn encoded = new EncodedColumn();
    return (vector, start, end, out) -> {
      ListVector list = (ListVector) vector;
      ArrowBuf offsets = list.getOffsetBuffer();
      int base = offsets.getInt((long) OFFSET_BYTES * start);
      encoded.reset();
      elements.encode(list.getDataVector(), base, offsets.getInt((long) OFFSET_BYTES * end), encoded);
      ArrowBuf validity = vector.getValidityBuffer();
      for (int i = start; i < end; i++) {
        if (ScalarEncoders.isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        int from = offsets.getInt((long) OFFSET_BYTES * i) - base;
        int to = offsets.getInt((long) OFFSET_BYTES * (i + 1)) - base;
        out.bytes.put('[');
        for (int e = from; e < to; e++) {
          if (e > from) {
            out.bytes.put(',');
          }
          encoded.copyValue(e, out.bytes);
        }
        out.bytes.put(']');
        out.endValue();
      }
    };
  }

  /** Map: entries struct with key (child 0) and value (child 1). */
  static ColumnEncoder map(Field field, TextStyle style) {
    Field entries = field.getChildren().get(0);
    ColumnEncoder keyEncoder = ColumnEncoders.forField(entries.getChildren().get(0), style);
    ColumnEncoder valueEncoder = ColumnEncoders.forField(entries.getChildren().get(1), style);
    EncodedColumn keys = new EncodedColumn();
    EncodedColumn values = new EncodedColumn();
    return (vector, start, end, out) -> {
      ListVector map = (ListVector) vector;
      StructVector entryVector = (StructVector) map.getDataVector();
      ArrowBuf offsets = map.getOffsetBuffer();
      int base = offsets.getInt((long) OFFSET_BYTES * start);
      int last = offsets.getInt((long) OFFSET_BYTES * end);
      keys.reset();
      values.reset();
      keyEncoder.encode((FieldVector) entryVector.getChildByOrdinal(0), base, last, keys);
      valueEncoder.encode((FieldVector) entryVector.getChildByOrdinal(1), base, last, values);
      ArrowBuf validity = vector.getValidityBuffer();
      for (int i = start; i < end; i++) {
        if (ScalarEncoders.isNull(validity, i)) {
          style.putNull(out);
          continue;
        }
        int from = offsets.getInt((long) OFFSET_BYTES * i) - base;
        int to = offsets.getInt((long) OFFSET_BYTES * (i + 1)) - base;
        out.bytes.put('{');
        for (int e = from; e < to; e++) {
          if (e > from) {
            out.bytes.put(',');
          }
          appendKey(keys, e, out.bytes);
          out.bytes.put(':');
          values.copyValue(e, out.bytes);
        }
        out.bytes.put('}');
        out.endValue();
      }
    };
  }

  /** A JSON object key: a string key as is, any other key's text as a string. */
  private static void appendKey(EncodedColumn keys, int entry, ByteBuilder out) {
    int start = keys.start(entry);
    int end = keys.end(entry);
    byte[] b = keys.bytes.array();
    if (end > start && b[start] == '"') {
      out.put(b, start, end - start);
      return;
    }
    out.put('"');
    JsonText.appendEscaped(out, b, start, end);
    out.put('"');
  }
}
