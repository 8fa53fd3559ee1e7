package dev.quiver.engine.function.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;

/** Every operator, width and shape of the generated loops against a plain Java reference. */
class CompareKernelsTest {
  private static final int ROWS = 50;

  private static boolean reference(CompareOp op, double a, double b) {
    switch (op) {
      case EQ:
        return a == b;
      case NE:
        return a != b;
      case LT:
        return a < b;
      case LE:
        return a <= b;
      case GT:
        return a > b;
      default:
        return a >= b;
    }
  }

  private static int[] expected(CompareOp op, double[] a, double[] b, int[] selection) {
    int count = selection == null ? a.length : selection.length;
    int[] out = new int[count];
    int n = 0;
    for (int k = 0; k < count; k++) {
      int row = selection == null ? k : selection[k];
      if (reference(op, a[row], b[row])) {
        out[n++] = row;
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Test
  void allWidthsOperatorsAndShapes() {
    Random random = new Random(42);
    double[] a = new double[ROWS];
    double[] b = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      a[i] = random.nextInt(7) - 3;
      b[i] = random.nextInt(7) - 3;
    }
    double constant = 1;
    double[] constants = new double[ROWS];
    Arrays.fill(constants, constant);
    int[] selection = {0, 3, 4, 10, 11, 12, 30, 49};
    try (RootAllocator allocator = new RootAllocator();
        IntVector ia = new IntVector("a", allocator);
        IntVector ib = new IntVector("b", allocator);
        BigIntVector la = new BigIntVector("a", allocator);
        BigIntVector lb = new BigIntVector("b", allocator);
        Float8Vector da = new Float8Vector("a", allocator);
        Float8Vector db = new Float8Vector("b", allocator)) {
      for (int i = 0; i < ROWS; i++) {
        ia.setSafe(i, (int) a[i]);
        ib.setSafe(i, (int) b[i]);
        la.setSafe(i, (long) a[i]);
        lb.setSafe(i, (long) b[i]);
        da.setSafe(i, a[i]);
        db.setSafe(i, b[i]);
      }
      for (CompareOp op : CompareOp.values()) {
        for (int[] sel : new int[][] {null, selection}) {
          int count = sel == null ? ROWS : sel.length;
          int[] out = new int[ROWS];
          int[] columns = expected(op, a, b, sel);
          int[] withConstant = expected(op, a, constants, sel);
          int n = CompareKernels.selectInt32(op, ia.getDataBuffer(), ib.getDataBuffer(), sel, count, out);
          assertArrayEquals(columns, Arrays.copyOf(out, n), "int32 " + op);
          n = CompareKernels.selectInt32(op, ia.getDataBuffer(), (long) constant, sel, count, out);
          assertArrayEquals(withConstant, Arrays.copyOf(out, n), "int32 const " + op);
          n = CompareKernels.selectInt64(op, la.getDataBuffer(), lb.getDataBuffer(), sel, count, out);
          assertArrayEquals(columns, Arrays.copyOf(out, n), "int64 " + op);
          n = CompareKernels.selectInt64(op, la.getDataBuffer(), (long) constant, sel, count, out);
          assertArrayEquals(withConstant, Arrays.copyOf(out, n), "int64 const " + op);
          n = CompareKernels.selectFloat64(op, da.getDataBuffer(), db.getDataBuffer(), sel, count, out);
          assertArrayEquals(columns, Arrays.copyOf(out, n), "float64 " + op);
          n = CompareKernels.selectFloat64(op, da.getDataBuffer(), constant, sel, count, out);
          assertArrayEquals(withConstant, Arrays.copyOf(out, n), "float64 const " + op);
        }
      }
      // In place: out may be the selection itself.
      int[] inPlace = selection.clone();
      int n = CompareKernels.selectInt64(CompareOp.GE, la.getDataBuffer(), 0L, inPlace, inPlace.length, inPlace);
      assertArrayEquals(expected(CompareOp.GE, a, new double[ROWS], selection), Arrays.copyOf(inPlace, n));
    }
  }

  @Test
  void utf8ComparesUnsignedBytes() {
    try (RootAllocator allocator = new RootAllocator();
        VarCharVector strings = new VarCharVector("s", allocator)) {
      String[] values = {"a", "é", "", "ab", "b"};
      for (int i = 0; i < values.length; i++) {
        strings.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
      }
      strings.setValueCount(values.length);
      int[] out = new int[values.length];
      byte[] b = "b".getBytes(StandardCharsets.UTF_8);
      int n = CompareKernels.selectUtf8(CompareOp.GT, strings.getOffsetBuffer(), strings.getDataBuffer(),
          b, null, values.length, out);
      assertArrayEquals(new int[] {1}, Arrays.copyOf(out, n));
      n = CompareKernels.selectUtf8(CompareOp.LT, strings.getOffsetBuffer(), strings.getDataBuffer(),
          b, null, values.length, out);
      assertArrayEquals(new int[] {0, 2, 3}, Arrays.copyOf(out, n));
      n = CompareKernels.selectUtf8(CompareOp.EQ, strings.getOffsetBuffer(), strings.getDataBuffer(),
          b, new int[] {1, 4}, 2, out);
      assertArrayEquals(new int[] {4}, Arrays.copyOf(out, n));
      assertEquals(true, CompareKernels.compareUtf8("é", "z") > 0);
    }
  }
}
