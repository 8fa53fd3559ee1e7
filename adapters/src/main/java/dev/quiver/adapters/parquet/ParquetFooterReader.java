package dev.quiver.adapters.parquet;

import dev.quiver.adapters.parquet.metadata.FileMetadata;
import dev.quiver.adapters.parquet.metadata.MetadataParser;
import dev.quiver.adapters.parquet.schema.ParquetSchema;
import dev.quiver.adapters.spi.ReaderException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads and checks a Parquet file's footer: magic numbers, footer length, FileMetaData, schema. */
public final class ParquetFooterReader {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
  private static final int MAGIC_BYTES = 4;
  private static final int TAIL_BYTES = 8;

  private ParquetFooterReader() {}

  public static ParquetFileInfo read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(file, channel);
    }
  }

  public static ParquetFileInfo read(Path file, FileChannel channel) throws IOException {
    long size = channel.size();
    if (size < MAGIC_BYTES + TAIL_BYTES) {
      throw fail(file, "the file has " + size + " bytes, too few for a Parquet file");
    }
    byte[] head = readFully(file, channel, 0, MAGIC_BYTES);
    byte[] tail = readFully(file, channel, size - TAIL_BYTES, TAIL_BYTES);
    if (matches(tail, MAGIC_BYTES, ENCRYPTED_MAGIC) || matches(head, 0, ENCRYPTED_MAGIC)) {
      throw new ReaderException(
          file, -1, null,
          "the file is encrypted (encrypted footer); Quiver cannot read encrypted Parquet files",
          "decrypt it with the tool that wrote it, or export it without encryption", null);
    }
    if (!matches(head, 0, MAGIC) || !matches(tail, MAGIC_BYTES, MAGIC)) {
      throw fail(file, "not a Parquet file: it does not start and end with 'PAR1'");
    }
    int footerLength =
        (tail[0] & 0xff) | (tail[1] & 0xff) << 8 | (tail[2] & 0xff) << 16 | (tail[3] & 0xff) << 24;
    long footerStart = size - TAIL_BYTES - (footerLength & 0xffffffffL);
    if (footerLength <= 0 || footerStart < MAGIC_BYTES) {
      throw fail(file, "the footer length " + (footerLength & 0xffffffffL)
          + " does not fit in a file of " + size + " bytes (truncated or corrupt file)");
    }
    byte[] footer = readFully(file, channel, footerStart, footerLength);
    try {
      FileMetadata metadata = MetadataParser.parseFileMetadata(footer, 0, footer.length);
      ParquetSchema schema = ParquetSchema.of(metadata.schema());
      int leaves = schema.leaves().size();
      for (int i = 0; i < metadata.rowGroups().size(); i++) {
        int columns = metadata.rowGroups().get(i).columns().size();
        if (columns != leaves) {
          throw new ParquetCorruptionException(
              "row group " + i + " has " + columns + " column chunks but the schema has " + leaves
                  + " columns");
        }
      }
      return new ParquetFileInfo(metadata, schema, size, footerStart);
    } catch (ParquetCorruptionException e) {
      throw fail(file, "corrupt footer: " + e.getMessage());
    } catch (RuntimeException e) {
      throw fail(file, "corrupt footer: " + e);
    }
  }

  static byte[] readFully(Path file, FileChannel channel, long position, int length)
      throws IOException {
    byte[] bytes = new byte[length];
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long at = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        throw fail(file, "the file ends at byte " + at + " while " + length + " bytes at "
            + position + " were expected (truncated file)");
      }
      at += n;
    }
    return bytes;
  }

  private static boolean matches(byte[] bytes, int offset, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (bytes[offset + i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static ReaderException fail(Path file, String problem) {
    return new ReaderException(file, -1, null, problem, null, null);
  }
}
