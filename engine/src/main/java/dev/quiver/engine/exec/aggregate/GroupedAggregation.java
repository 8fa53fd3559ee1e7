package dev.quiver.engine.exec.aggregate;

import dev.quiver.adapters.spi.DictionaryColumn;
import dev.quiver.engine.error.ErrorCode;
import dev.quiver.engine.error.QuiverException;
import dev.quiver.engine.exec.Batch;
import dev.quiver.engine.exec.vector.Positions;
import dev.quiver.engine.memory.MemoryCharge;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The state of a hash aggregation: per batch, group ids for all live rows at once, then one tight
 * loop per accumulator; at the end, keys and results group by group. Heap state is charged to
 * the given {@link MemoryCharge}.
 */
public final class GroupedAggregation {
  private final List<AggregateSpec> aggregates;
  private final int keyCount;
  private final GroupByHash hash;
  private final Accumulator[] accumulators;
  private final AggregateInput[] inputOf;
  /** Per aggregate: the index of its input in {@link #inputs}. */
  private final int[] inputIndex;
  private final List<AggregateInput> inputs = new ArrayList<>();
  /** Per input (as {@link #inputs}): whether every accumulator reading it takes codes. */
  private boolean[] inputTakesCodes;
  /** Per input, this batch: its argument's codes, or null when its values were gathered. */
  private DictionaryColumn[] inputCodes;
  private int[] groupIds = new int[0];

  /**
   * @param inputSchema the child's schema
   * @param groupKeys input columns to group by, in output order
   */
  public GroupedAggregation(
      Schema inputSchema, int[] groupKeys, List<AggregateSpec> aggregates, MemoryCharge charge) {
    this.aggregates = List.copyOf(aggregates);
    this.keyCount = groupKeys.length;
    this.hash = GroupByHash.create(inputSchema, groupKeys, charge);
    this.accumulators = new Accumulator[aggregates.size()];
    this.inputOf = new AggregateInput[aggregates.size()];
    this.inputIndex = new int[aggregates.size()];
    for (int i = 0; i < aggregates.size(); i++) {
      AggregateSpec spec = aggregates.get(i);
      int arg = spec.args().isEmpty() ? -1 : spec.args().get(0);
      ArrowType inputType = arg < 0 ? null : inputSchema.getFields().get(arg).getType();
      accumulators[i] = AccumulatorFactory.create(spec, inputType, charge);
      inputOf[i] = inputFor(inputSchema, arg, spec.filterArg());
      inputIndex[i] = inputs.indexOf(inputOf[i]);
    }
    inputTakesCodes = new boolean[inputs.size()];
    inputCodes = new DictionaryColumn[inputs.size()];
    for (int j = 0; j < inputs.size(); j++) {
      boolean takes = inputs.get(j).arg() >= 0;
      for (int i = 0; i < accumulators.length; i++) {
        if (inputOf[i] == inputs.get(j)) {
          takes &= accumulators[i].takesCodes(keyCount == 0);
        }
      }
      inputTakesCodes[j] = takes;
    }
  }

  private AggregateInput inputFor(Schema inputSchema, int arg, int filterArg) {
    for (AggregateInput input : inputs) {
      if (input.matches(arg, filterArg)) {
        return input;
      }
    }
    AggregateInput input = new AggregateInput(inputSchema, arg, filterArg);
    inputs.add(input);
    return input;
  }

  /**
   * Folds the live rows of {@code batch} into the groups; returns whether the group ids or some
   * argument came from dictionary codes.
   */
  public boolean add(Batch batch) {
    int count = batch.selectedCount();
    int[] positions = Positions.of(batch);
    if (groupIds.length < count) {
      groupIds = new int[Math.max(count, batch.rowCount())];
    }
    boolean byCodes = hash.usesCodes(batch);
    hash.computeGroupIds(batch, positions, count, groupIds);
    int groups = hash.groupCount();
    for (Accumulator accumulator : accumulators) {
      accumulator.ensureGroups(groups);
    }
    for (int j = 0; j < inputs.size(); j++) {
      AggregateInput input = inputs.get(j);
      inputCodes[j] = inputTakesCodes[j] ? batch.dictionary(input.arg()) : null;
      byCodes |= inputCodes[j] != null;
      input.prepare(batch, positions, groupIds, count, inputCodes[j] == null);
    }
    for (int i = 0; i < accumulators.length; i++) {
      AggregateInput input = inputOf[i];
      try {
        DictionaryColumn codes = inputCodes[inputIndex[i]];
        if (codes != null) {
          accumulators[i].updateCodes(codes, input.positions(), input.groupIds(), input.count());
        } else if (keyCount == 0) {
          accumulators[i].updateSingleGroup(input.values(), input.groupIds(), input.count());
        } else {
          accumulators[i].update(input.values(), input.groupIds(), input.count());
        }
      } catch (ArithmeticException e) {
        throw overflow(aggregates.get(i), e);
      }
    }
    return byCodes;
  }

  public int groupCount() {
    return hash.groupCount();
  }

  /**
   * Writes groups {@code [firstGroup, firstGroup + count)} to rows {@code [0, count)} of {@code
   * outputs} (keys, then aggregates), which have room for them.
   */
  public void write(List<FieldVector> outputs, int firstGroup, int count) {
    hash.writeKeys(outputs.subList(0, keyCount), firstGroup, count);
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i].ensureGroups(hash.groupCount());
      try {
        accumulators[i].write(outputs.get(keyCount + i), firstGroup, count);
      } catch (ArithmeticException e) {
        throw overflow(aggregates.get(i), e);
      }
    }
  }

  private static QuiverException overflow(AggregateSpec spec, ArithmeticException cause) {
    return new QuiverException(
        ErrorCode.USER_ERROR,
        "Aggregate "
            + spec
            + " overflowed its result type "
            + spec.type().getFullTypeString()
            + " ("
            + cause.getMessage()
            + "). Cast the argument to a wider type, e.g. DECIMAL(38, s) or DOUBLE.",
        cause);
  }
}
