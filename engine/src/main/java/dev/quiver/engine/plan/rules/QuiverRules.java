package dev.quiver.engine.plan.rules;

import dev.quiver.engine.types.ArrowTypes;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Every planner rule Quiver adds to Calcite's, in one list. */
public final class QuiverRules {
  private QuiverRules() {}

  public static final List<RelOptRule> ALL =
      List.of(
          QuiverProjectScanRule.INSTANCE,
          QuiverAggregateScanRule.INSTANCE,
          QuiverFilterScanRule.INSTANCE,
          QuiverFilterRule.CONFIG.toRule(),
          QuiverProjectRule.CONFIG.toRule(),
          QuiverAggregateRule.CONFIG.toRule(),
          QuiverSortRule.CONFIG.toRule(),
          QuiverValuesRule.CONFIG.toRule(),
          ConventionBridgeRules.TO_ENUMERABLE,
          ConventionBridgeRules.FROM_ENUMERABLE);

  /** Whether every column of {@code rowType} is flat: what operators that copy rows need. */
  static boolean rowTypeFlat(RelDataType rowType) {
    for (RelDataTypeField field : rowType.getFieldList()) {
      if (!ArrowTypes.isFlat(field.getType())) {
        return false;
      }
    }
    return true;
  }

  /** Whether every column of {@code rowType} can be held in Arrow batches. */
  static boolean rowTypeSupported(RelDataType rowType) {
    for (RelDataTypeField field : rowType.getFieldList()) {
      if (!ArrowTypes.isSupported(field.getType())) {
        return false;
      }
    }
    return true;
  }
}
