package dev.quiver.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Only a bare reserved word before {@code =>} is quoted; nothing inside quotes or comments. */
class ReservedOptionNamesTest {
  @Test
  void aReservedOptionNameBeforeTheArrowIsQuoted() {
    assertEquals(
        "SELECT * FROM read_csv('x.csv', \"escape\" => '\\')",
        ReservedOptionNames.quote("SELECT * FROM read_csv('x.csv', escape => '\\')"));
    assertEquals(
        "read_csv('x.csv', delim => ';', \"escape\"=>'\\', quote => '\"')",
        ReservedOptionNames.quote("read_csv('x.csv', delim => ';', ESCAPE=>'\\', quote => '\"')"));
    assertEquals(
        "read_csv('a', \"escape\"\n  => '\\') JOIN read_csv('b', \"escape\" => '#')",
        ReservedOptionNames.quote("read_csv('a', Escape\n  => '\\') JOIN read_csv('b', escape => '#')"));
  }

  @Test
  void everythingElseIsLeftAlone() {
    String[] unchanged = {
      "SELECT * FROM t WHERE a LIKE 'x!%' ESCAPE '!'",
      "SELECT 'escape => 1', \"escape\" FROM t",
      "SELECT * FROM read_csv('x.csv', \"escape\" => '\\')",
      "SELECT 1 -- escape => here\n",
      "SELECT /* escape => */ 1",
      "SELECT * FROM f(my_escape => 1, escaped => 2)",
      "SELECT 'it''s escape => x' FROM t",
    };
    for (String sql : unchanged) {
      assertEquals(sql, ReservedOptionNames.quote(sql));
    }
  }
}
