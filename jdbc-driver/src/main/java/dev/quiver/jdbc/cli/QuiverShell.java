package dev.quiver.jdbc.cli;

import dev.quiver.jdbc.QuiverDriver;
import dev.quiver.jdbc.render.OutputFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The {@code quiver} command: {@code quiver [dir] [-c "SQL"] [--format table|csv|json]}. Runs one
 * statement with -c, the statements on standard input when it is not a terminal, or an interactive
 * shell with line editing and history otherwise.
 */
public final class QuiverShell {
  static final String PROMPT = "quiver> ";
  static final String CONTINUATION = "   ...> ";
  private static final String HISTORY_FILE = ".quiver_history";

  private final PrintStream out;
  private final PrintStream err;
  private final OutputFormat format;

  private QuiverShell(PrintStream out, PrintStream err, OutputFormat format) {
    this.out = out;
    this.err = err;
    this.format = format;
  }

  public static void main(String[] args) {
    boolean interactive = System.console() != null;
    System.exit(run(args, System.in, System.out, System.err, interactive));
  }

  /** Runs the command; returns the process exit code. */
  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
    String directory = null;
    String command = null;
    OutputFormat format = OutputFormat.TABLE;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h":
        case "--help":
          out.print(usage());
          return 0;
        case "--version":
          out.println("quiver " + new QuiverDriver().version());
          return 0;
        case "-c":
          if (i + 1 >= args.length) {
            err.println("Error: -c needs a SQL statement");
            return 2;
          }
          command = args[++i];
          break;
        case "--format":
          if (i + 1 >= args.length) {
            err.println("Error: --format needs table, csv or json");
            return 2;
          }
          try {
            format = OutputFormat.parse(args[++i]);
          } catch (IllegalArgumentException e) {
            err.println("Error: " + e.getMessage());
            return 2;
          }
          break;
        default:
          if (arg.startsWith("-") || directory != null) {
            err.println("Error: unexpected argument '" + arg + "'");
            err.print(usage());
            return 2;
          }
          directory = arg;
      }
    }
    String url = "jdbc:quiver:" + (directory == null ? "" : directory);
    try (Connection connection = new QuiverDriver().connect(url, new Properties())) {
      QuiverShell shell = new QuiverShell(out, err, format);
      if (command != null) {
        return shell.execute(connection, trimSemicolon(command)) ? 0 : 1;
      }
      if (interactive) {
        return shell.interactive(connection);
      }
      return shell.script(connection, in);
    } catch (SQLException e) {
      err.println("Error: " + e.getMessage());
      return 1;
    }
  }

  static String usage() {
    return "Quiver " + new QuiverDriver().version() + ": SQL over the files of a directory\n"
        + "\n"
        + "Usage: quiver [dir] [-c \"SQL\"] [--format table|csv|json]\n"
        + "\n"
        + "  dir            the directory whose files are tables (default: none)\n"
        + "  -c SQL         run one statement, print its result and exit\n"
        + "  --format F     table (default), csv (RFC 4180, with a header) or json\n"
        + "  --version      print the version\n"
        + "  -h, --help     print this help\n"
        + "\n"
        + "Without -c, statements are read from standard input when it is not a terminal,\n"
        + "otherwise an interactive shell starts: end statements with ';', .tables lists the\n"
        + "tables, .quit or Ctrl-D exits.\n";
  }

  /** Reads statements from a non-terminal input; returns 1 if any failed. */
  private int script(Connection connection, InputStream in) {
    StatementSplitter splitter = new StatementSplitter();
    boolean ok = true;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!splitter.hasPending() && isDotCommand(line)) {
          if (isQuit(line)) {
            break;
          }
          ok &= dotCommand(connection, line.trim());
          continue;
        }
        for (String statement : splitter.add(line)) {
          ok &= execute(connection, statement);
        }
      }
    } catch (IOException e) {
      err.println("Error: cannot read standard input: " + e.getMessage());
      return 1;
    }
    String rest = splitter.drain();
    if (!rest.isEmpty()) {
      ok &= execute(connection, rest);
    }
    return ok ? 0 : 1;
  }

  private int interactive(Connection connection) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("quiver")
              .variable(
                  LineReader.HISTORY_FILE,
                  Path.of(System.getProperty("user.home"), HISTORY_FILE))
              .build();
      PrintStream terminalOut = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
      QuiverShell shell = new QuiverShell(terminalOut, terminalOut, format);
      StatementSplitter splitter = new StatementSplitter();
      while (true) {
        String line;
        try {
          line = reader.readLine(splitter.hasPending() ? CONTINUATION : PROMPT);
        } catch (UserInterruptException e) {
          splitter.drain();
          continue;
        } catch (EndOfFileException e) {
          return 0;
        }
        if (!splitter.hasPending() && isDotCommand(line)) {
          if (isQuit(line)) {
            return 0;
          }
          shell.dotCommand(connection, line.trim());
          continue;
        }
        for (String statement : splitter.add(line)) {
          shell.execute(connection, statement);
        }
      }
    } catch (IOException e) {
      err.println("Error: cannot open the terminal: " + e.getMessage());
      return 1;
    }
  }

  private static boolean isDotCommand(String line) {
    return line.trim().startsWith(".");
  }

  private static boolean isQuit(String line) {
    String command = line.trim();
    return command.equals(".quit") || command.equals(".exit");
  }

  private boolean dotCommand(Connection connection, String command) {
    if (command.equals(".tables")) {
      try {
        DatabaseMetaData md = connection.getMetaData();
        try (ResultSet tables = md.getTables(null, null, "%", null)) {
          while (tables.next()) {
            out.println(tables.getString("TABLE_NAME"));
          }
        }
        return true;
      } catch (SQLException e) {
        err.println("Error: " + e.getMessage());
        return false;
      }
    }
    err.println("Error: unknown command " + command + " (known: .tables, .quit, .exit)");
    return false;
  }

  /** Runs one statement and prints its result; prints the error and returns false on failure. */
  private boolean execute(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      if (statement.execute(sql)) {
        try (ResultSet rs = statement.getResultSet()) {
          format.print(rs, out);
          // Warnings go to stderr so that csv/json output on stdout stays clean.
          for (SQLWarning w = rs.getWarnings(); w != null; w = w.getNextWarning()) {
            err.println("Warning: " + w.getMessage());
          }
        }
      } else {
        out.println(statement.getLargeUpdateCount() + " rows changed");
      }
      out.flush();
      return true;
    } catch (SQLException e) {
      err.println("Error: " + e.getMessage());
      return false;
    } catch (RuntimeException e) {
      err.println("Error: " + e + " (this is a bug in Quiver; please report it)");
      return false;
    }
  }

  private static String trimSemicolon(String sql) {
    String trimmed = sql.trim();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
    }
    return trimmed;
  }

  /** Exposed for tests: runs the shell without a terminal. */
  static int runForTest(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, false);
  }

  /** For tests: the statements a script would run, in order. */
  static List<String> split(String script) {
    StatementSplitter splitter = new StatementSplitter();
    List<String> all = new java.util.ArrayList<>();
    for (String line : script.split("\n", -1)) {
      all.addAll(splitter.add(line));
    }
    String rest = splitter.drain();
    if (!rest.isEmpty()) {
      all.add(rest);
    }
    return all;
  }
}
