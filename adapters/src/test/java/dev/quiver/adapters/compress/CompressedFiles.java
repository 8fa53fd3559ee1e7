package dev.quiver.adapters.compress;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes compressed test files: one gzip member or zstd frame per given text, concatenated. */
public final class CompressedFiles {
  private CompressedFiles() {}

  /** {@code texts} each gzipped as its own member, the members written one after another. */
  public static Path gzip(Path file, String... texts) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String text : texts) {
      all.writeBytes(gzipBytes(text));
    }
    Files.write(file, all.toByteArray());
    return file;
  }

  /** {@code texts} each compressed as its own zstd frame, the frames one after another. */
  public static Path zstd(Path file, String... texts) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (String text : texts) {
      ByteArrayOutputStream frame = new ByteArrayOutputStream();
      try (OutputStream out = new ZstdOutputStream(frame)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      all.writeBytes(frame.toByteArray());
    }
    Files.write(file, all.toByteArray());
    return file;
  }

  public static byte[] gzipBytes(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** Overwrites {@code count} bytes in the middle of the file with a pattern deflate rejects. */
  public static Path corruptMiddle(Path file, int count) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int from = bytes.length / 2;
    for (int i = from; i < from + count && i < bytes.length; i++) {
      bytes[i] = (byte) 0xFF;
    }
    Files.write(file, bytes);
    return file;
  }
}
