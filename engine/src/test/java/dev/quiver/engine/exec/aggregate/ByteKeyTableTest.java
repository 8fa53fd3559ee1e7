package dev.quiver.engine.exec.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quiver.engine.memory.MemoryCharge;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ByteKeyTableTest {
  private RootAllocator root;

  @BeforeEach
  void setUp() {
    root = new RootAllocator();
  }

  @AfterEach
  void checkLeaks() {
    assertEquals(0, root.getAllocatedMemory(), "leaked Arrow memory");
    root.close();
  }

  @Test
  void hashOfMemoryEqualsHashOfTheSameBytesOnTheHeap() {
    byte[] bytes = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
    try (ArrowBuf buffer = root.buffer(bytes.length)) {
      buffer.setBytes(0, bytes);
      for (int length = 0; length <= bytes.length; length++) {
        assertEquals(
            ByteKeyTable.hash(bytes, 0, length),
            ByteKeyTable.hash(buffer.memoryAddress(), length),
            "length " + length);
      }
    }
  }

  @Test
  void assignsDenseIdsInInsertionOrderAcrossGrowth() {
    try (MemoryCharge charge = new MemoryCharge(root, "testing", null)) {
      ByteKeyTable table = new ByteKeyTable(charge);
      int keys = 50_000;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < keys; i++) {
          byte[] key = ("key-" + i).getBytes(StandardCharsets.UTF_8);
          assertEquals(i, table.findOrInsert(key, 0, key.length, ByteKeyTable.hash(key, 0, key.length)));
        }
      }
      assertEquals(keys, table.size());
      assertEquals("key-123", new String(table.keyBytes(), table.start(123), table.length(123), StandardCharsets.UTF_8));
      int unreachable = table.appendUnreachable();
      assertEquals(keys, unreachable);
      byte[] empty = new byte[0];
      assertEquals(keys + 1, table.findOrInsert(empty, 0, 0, ByteKeyTable.hash(empty, 0, 0)));
    }
  }

  @Test
  void findsKeysGivenByAddressInPlace() {
    try (MemoryCharge charge = new MemoryCharge(root, "testing", null);
        ArrowBuf buffer = root.buffer(64)) {
      ByteKeyTable table = new ByteKeyTable(charge);
      byte[] a = "same prefix, then A".getBytes(StandardCharsets.UTF_8);
      byte[] b = "same prefix, then B".getBytes(StandardCharsets.UTF_8);
      buffer.setBytes(0, a);
      buffer.setBytes(32, b);
      long base = buffer.memoryAddress();
      assertEquals(0, table.findOrInsert(base, a.length, ByteKeyTable.hash(base, a.length)));
      assertEquals(1, table.findOrInsert(base + 32, b.length, ByteKeyTable.hash(base + 32, b.length)));
      assertEquals(0, table.findOrInsert(base, a.length, ByteKeyTable.hash(base, a.length)));
      assertEquals(2, table.findOrInsert(base, 4, ByteKeyTable.hash(base, 4)));
    }
  }
}
