package dev.quiver.adapters.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.MapVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.complex.impl.UnionMapWriter;
import org.apache.arrow.vector.complex.ListVector;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The batch checks: well-formed lists and maps pass, broken offsets fail, odd values are notes. */
class BatchValidityTest {
  @Test
  void wellFormedListsAndMapsPass() {
    try (BufferAllocator allocator = new RootAllocator();
        ListVector list = ListVector.empty("l", allocator);
        MapVector map = MapVector.empty("m", allocator, false)) {
      UnionListWriter lists = list.getWriter();
      lists.startList();
      lists.integer().writeInt(1);
      lists.integer().writeInt(2);
      lists.endList();
      list.setValueCount(1);
      UnionMapWriter maps = map.getWriter();
      maps.startMap();
      maps.startEntry();
      maps.key().integer().writeInt(1);
      maps.value().integer().writeInt(2);
      maps.endEntry();
      maps.endMap();
      map.setValueCount(1);
      try (VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(list, map))) {
        root.setRowCount(1);
        assertNull(BatchValidity.check(root));
      }
    }
  }

  @Test
  void offsetsThatDecreaseFail() {
    try (BufferAllocator allocator = new RootAllocator();
        ListVector list = ListVector.empty("l", allocator)) {
      UnionListWriter lists = list.getWriter();
      for (int row = 0; row < 2; row++) {
        lists.setPosition(row);
        lists.startList();
        lists.integer().writeInt(row);
        lists.endList();
      }
      list.setValueCount(2);
      list.getOffsetBuffer().setInt(2L * ListVector.OFFSET_WIDTH, 0);
      try (VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(list))) {
        root.setRowCount(2);
        AssertionFailedError e =
            assertThrows(AssertionFailedError.class, () -> BatchValidity.check(root));
        assertTrue(e.getMessage().contains("decreases"), e.getMessage());
      }
    }
  }

  @Test
  void bytesThatAreNotUtf8AreANoteNotAFailure() {
    try (BufferAllocator allocator = new RootAllocator();
        VarCharVector text = new VarCharVector("s", allocator)) {
      text.allocateNew();
      text.setSafe(0, new byte[] {(byte) 0xC3, (byte) 0x28});
      text.setValueCount(1);
      try (VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(text))) {
        root.setRowCount(1);
        assertEquals("invalid UTF-8 in a string", BatchValidity.check(root));
      }
    }
  }
}
