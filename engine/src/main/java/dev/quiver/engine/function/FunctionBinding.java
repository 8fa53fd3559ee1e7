package dev.quiver.engine.function;

import java.util.List;
import org.apache.calcite.rex.RexNode;

/**
 * A call resolved to a kernel: the name for EXPLAIN, the operands to compile and pass to the
 * kernel (flags such as TRIM's BOTH or EXTRACT's unit are folded into the kernel), and the kernel.
 */
public record FunctionBinding(String name, List<RexNode> operands, ScalarKernel kernel) {}
