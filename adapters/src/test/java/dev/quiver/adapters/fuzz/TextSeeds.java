package dev.quiver.adapters.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Seed files of the text formats: the project's fixtures, and files listed in a folder. */
final class TextSeeds {
  /** The project's fixtures, relative to the adapters module (where surefire runs). */
  static final Path FIXTURES = Path.of("..", "src", "test", "data");

  private TextSeeds() {}

  /** Every regular file under {@code folder} (recursively), as seeds named by relative path. */
  static List<SeedFile> filesUnder(Path folder, Mutator mutator) throws IOException {
    List<SeedFile> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/');
        if (!name.endsWith(".md")) {
          seeds.add(new SeedFile(name, Files.readAllBytes(file), mutator));
        }
      }
    }
    return seeds;
  }

  static SeedFile generated(String name, CharSequence text, Mutator mutator) {
    return new SeedFile("generated/" + name, text.toString().getBytes(StandardCharsets.UTF_8), mutator);
  }
}
