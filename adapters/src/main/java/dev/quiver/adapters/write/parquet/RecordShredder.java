package dev.quiver.adapters.write.parquet;

import java.util.Arrays;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;

/**
 * Dremel record shredding, column-wise: derives one leaf's repetition and definition levels, and
 * the positions of its non-null values in the leaf vector, from the validity and offset buffers
 * of the vectors above it, for a range of top-level rows.
 *
 * <p>The state is a list of entries (one per level pair), each still pointing at a slot of the
 * current vector or already ended. The leaf's {@link LeafColumn#steps} are applied top-down, each
 * in one loop over the entries: an optional slot that is NULL ends its entry, a list slot is
 * replaced by its elements. What remains after the leaf's own step are its values. No object per
 * row; the arrays are reused from leaf to leaf and batch to batch.
 */
final class RecordShredder {
  private static final int OFFSET_BYTES = 4;

  /** Definition level per entry. */
  int[] def = new int[1024];
  /** Repetition level per entry. */
  int[] rep = new int[1024];
  /** Per entry: the slot in the current vector, or -1 once the entry has ended. */
  private int[] slot = new int[1024];
  private int[] nextDef = new int[1024];
  private int[] nextRep = new int[1024];
  private int[] nextSlot = new int[1024];
  /** Level entries of the last shredded range. */
  int entries;
  /** Positions in the leaf vector of the non-null values, in order. */
  int[] positions = new int[1024];
  /** Non-null values of the last shredded range. */
  int values;
  /** The leaf vector of the last shredded range, which {@link #positions} index. */
  FieldVector leafVector;

  /**
   * Shreds rows {@code [start, end)} of the leaf's top-level vector {@code top}.
   *
   * @throws IllegalArgumentException when a REQUIRED slot (a map key) is NULL
   */
  void shred(LeafColumn leaf, FieldVector top, int start, int end) {
    FieldVector[] vectors = leaf.resolve(top);
    leafVector = vectors[vectors.length - 1];
    int n = end - start;
    ensure(n);
    for (int i = 0; i < n; i++) {
      slot[i] = start + i;
    }
    Arrays.fill(def, 0, n, 0);
    Arrays.fill(rep, 0, n, 0);
    entries = n;
    for (int[] step : leaf.steps) {
      FieldVector vector = vectors[step[1]];
      switch (step[0]) {
        case LeafColumn.OPTIONAL -> optional(vector);
        case LeafColumn.REQUIRED -> required(vector, leaf);
        default -> repeated(vector, step[2]);
      }
    }
    collectPositions();
  }

  private void optional(FieldVector vector) {
    int[] slots = slot;
    int[] defs = def;
    int count = entries;
    if (vector instanceof NullVector) {
      Arrays.fill(slots, 0, count, -1);
      return;
    }
    if (vector.getNullCount() == 0) {
      for (int i = 0; i < count; i++) {
        if (slots[i] >= 0) {
          defs[i]++;
        }
      }
      return;
    }
    ArrowBuf validity = vector.getValidityBuffer();
    for (int i = 0; i < count; i++) {
      int s = slots[i];
      if (s < 0) {
        continue;
      }
      if ((validity.getByte(s >>> 3) >> (s & 7) & 1) != 0) {
        defs[i]++;
      } else {
        slots[i] = -1;
      }
    }
  }

  private void required(FieldVector vector, LeafColumn leaf) {
    if (vector instanceof NullVector || vector.getNullCount() > 0) {
      int[] slots = slot;
      for (int i = 0; i < entries; i++) {
        if (slots[i] >= 0 && vector.isNull(slots[i])) {
          throw new IllegalArgumentException(
              "Column '" + leaf.displayName() + "' holds a NULL map key; Parquet map keys cannot"
                  + " be NULL (filter those entries out or replace the key)");
        }
      }
    }
  }

  /** Replaces every live list slot by its elements; an empty list stays one ended entry. */
  private void repeated(FieldVector vector, int level) {
    ArrowBuf offsets = vector.getOffsetBuffer();
    int count = entries;
    long total = 0;
    for (int i = 0; i < count; i++) {
      int s = slot[i];
      if (s >= 0) {
        int length = offsets.getInt((long) (s + 1) * OFFSET_BYTES) - offsets.getInt((long) s * OFFSET_BYTES);
        total += Math.max(1, length);
      } else {
        total++;
      }
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("one batch holds more than 2^31 nested values; write smaller batches");
    }
    ensureNext((int) total);
    int out = 0;
    for (int i = 0; i < count; i++) {
      int s = slot[i];
      int d = def[i];
      int r = rep[i];
      if (s < 0) {
        nextSlot[out] = -1;
        nextDef[out] = d;
        nextRep[out++] = r;
        continue;
      }
      int from = offsets.getInt((long) s * OFFSET_BYTES);
      int to = offsets.getInt((long) (s + 1) * OFFSET_BYTES);
      if (from == to) {
        nextSlot[out] = -1;
        nextDef[out] = d;
        nextRep[out++] = r;
        continue;
      }
      nextSlot[out] = from;
      nextDef[out] = d + 1;
      nextRep[out++] = r;
      for (int e = from + 1; e < to; e++) {
        nextSlot[out] = e;
        nextDef[out] = d + 1;
        nextRep[out++] = level;
      }
    }
    int[] swap = slot;
    slot = nextSlot;
    nextSlot = swap;
    swap = def;
    def = nextDef;
    nextDef = swap;
    swap = rep;
    rep = nextRep;
    nextRep = swap;
    entries = out;
  }

  private void collectPositions() {
    if (positions.length < entries) {
      positions = new int[Math.max(entries, positions.length * 2)];
    }
    int[] slots = slot;
    int[] out = positions;
    int count = 0;
    for (int i = 0; i < entries; i++) {
      int s = slots[i];
      if (s >= 0) {
        out[count++] = s;
      }
    }
    values = count;
  }

  private void ensure(int n) {
    if (slot.length < n) {
      int size = Math.max(n, slot.length * 2);
      slot = new int[size];
      def = new int[size];
      rep = new int[size];
    }
  }

  private void ensureNext(int n) {
    if (nextSlot.length < n) {
      int size = Math.max(n, nextSlot.length * 2);
      nextSlot = new int[size];
      nextDef = new int[size];
      nextRep = new int[size];
    }
  }
}
