#!/usr/bin/env bash
# Builds the reactor (no install) and runs the benchmark harness in a fresh JVM.
#   tpch-bench/run.sh --rows 10000000                 # Quiver and DuckDB, 10M rows
#   tpch-bench/run.sh --engines duckdb --rows 100000  # DuckDB alone, quick
#   BENCH_JVM_ARGS=-Xmx12g tpch-bench/run.sh ...      # other JVM flags (default -Xmx8g)
#   BENCH_MAIN=dev.quiver.bench.OrdersGenerator tpch-bench/run.sh --rows 1000  # only generate
# Arguments go to the harness (see BenchOptions.USAGE); they must not contain spaces.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
exec mvn -q -pl tpch-bench -am -DskipTests package -Pbench \
  -Dbench.main="${BENCH_MAIN:-dev.quiver.bench.BenchmarkHarness}" \
  -Dbench.jvmArgs="${BENCH_JVM_ARGS:--Xmx8g}" \
  -Dbench.args="$*"
