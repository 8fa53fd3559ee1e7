package dev.quiver.adapters.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.complex.StructVector;

/** Writes JSON objects into a STRUCT column, each key into its child vector. */
final class StructWriter extends ColumnWriter {
  private final StructVector vector;
  private final ObjectFields fields;

  StructWriter(String path, LateDataErrors errors, StructVector vector) {
    super(path, errors);
    this.vector = vector;
    List<FieldVector> children = vector.getChildrenFromFields();
    List<String> names = new ArrayList<>(children.size());
    ColumnWriter[] writers = new ColumnWriter[children.size()];
    for (int i = 0; i < writers.length; i++) {
      String name = children.get(i).getName();
      names.add(name);
      writers[i] = forVector(children.get(i), path + "." + name, errors);
    }
    this.fields = new ObjectFields(path + ".", names, writers, errors);
  }

  @Override
  void write(JsonTokenizer t, int index, int depth) throws IOException {
    int c = t.peek();
    if (c == '{') {
      vector.setIndexDefined(index);
      fields.read(t, index, depth);
      return;
    }
    if (c == 'n') {
      t.expectNull();
      writeNull(index);
      return;
    }
    throw mismatch(t, depth);
  }

  @Override
  void writeNull(int index) {
    vector.setNull(index);
    fields.writeNulls(index);
  }

  @Override
  String typeName() {
    return "STRUCT";
  }
}
