package dev.quiver.adapters.csv;

/**
 * Picks the delimiter among {@code , ; TAB |} from the head of a file: the one that splits the
 * first rows into the same number of fields (more than one), the most consistent winning, then
 * the one with more fields, then the earlier in that list (TAB first for .tsv files). When none
 * splits anything the file has one column.
 */
final class DelimiterSniffer {
  private static final byte[] CANDIDATES = {',', ';', '\t', '|'};
  private static final byte[] TSV_CANDIDATES = {'\t', ',', ';', '|'};
  private static final int ROWS_TO_CHECK = 100;

  private DelimiterSniffer() {}

  static byte detect(
      byte[] head, int start, int limit, boolean eof, byte quote, byte escape, boolean tsv) {
    byte[] candidates = tsv ? TSV_CANDIDATES : CANDIDATES;
    byte best = candidates[0];
    double bestConsistency = -1;
    int bestFields = 1;
    FieldTable counts = new FieldTable(0, 1);
    for (byte candidate : candidates) {
      CsvTokenizer tokenizer = new CsvTokenizer(candidate, quote, escape);
      int firstCount = -1;
      int rows = 0;
      int matching = 0;
      int pos = start;
      while (rows < ROWS_TO_CHECK && pos < limit) {
        int next = tokenizer.tokenizeRow(head, pos, limit, eof, counts, 0);
        if (next < 0) {
          break;
        }
        if (!tokenizer.lastRowBlank(pos)) {
          if (firstCount < 0) {
            firstCount = tokenizer.fieldCount;
          }
          rows++;
          if (tokenizer.fieldCount == firstCount) {
            matching++;
          }
        }
        pos = next;
      }
      if (firstCount <= 1) {
        continue;
      }
      double consistency = (double) matching / rows;
      if (consistency > bestConsistency
          || (consistency == bestConsistency && firstCount > bestFields)) {
        best = candidate;
        bestConsistency = consistency;
        bestFields = firstCount;
      }
    }
    return best;
  }
}
