package dev.quiver.engine.expr;

import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.ExecutionContext;
import dev.quiver.engine.function.ScalarKernel;
import dev.quiver.engine.function.kernel.ValueReader;
import dev.quiver.engine.function.kernel.ValueWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.calcite.rel.type.RelDataType;

/** A scalar function call whose implementation is a {@link ScalarKernel} (one call per batch). */
public final class CallExpr extends AbstractExpr {
  private final String name;
  private final String constantArgument;
  private final ScalarKernel kernel;

  CallExpr(String name, List<PhysicalExpr> arguments, RelDataType type, ScalarKernel kernel) {
    this(name, arguments, null, type, kernel);
  }

  /**
   * @param constantArgument text of a trailing argument folded into the kernel (an interval
   *     literal), shown by {@link #toString}; null when none
   */
  CallExpr(
      String name,
      List<PhysicalExpr> arguments,
      String constantArgument,
      RelDataType type,
      ScalarKernel kernel) {
    super(type, arguments);
    this.name = name;
    this.constantArgument = constantArgument;
    this.kernel = kernel;
  }

  @Override
  public ColumnarValue evaluate(Batch batch, ExecutionContext context) {
    List<PhysicalExpr> arguments = children();
    ValueReader[] readers = new ValueReader[arguments.size()];
    for (int i = 0; i < readers.length; i++) {
      PhysicalExpr argument = arguments.get(i);
      readers[i] = ValueReader.of(argument.evaluate(batch, context), argument.type());
    }
    FieldVector output = prepareOutput(batch, context);
    kernel.apply(readers, new ValueWriter(output, type()), batch);
    output.setValueCount(batch.rowCount());
    return new ColumnarValue.Vector(output);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    children().forEach(child -> parts.add(child.toString()));
    if (constantArgument != null) {
      parts.add(constantArgument);
    }
    return name + "(" + String.join(", ", parts) + ")";
  }
}
