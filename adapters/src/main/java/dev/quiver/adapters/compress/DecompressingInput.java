package dev.quiver.adapters.compress;

import dev.quiver.adapters.spi.ReaderException;
import io.airlift.compress.MalformedInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The decompressed text of a compressed file as a {@link PositionalInput}: one decompressing
 * stream read forward, skipping ahead when asked for a later offset and starting over when asked
 * for an earlier one. Memory is the decompressor's window and a small skip buffer, whatever the
 * file's size.
 */
final class DecompressingInput implements PositionalInput {
  private static final int SKIP_BUFFER_BYTES = 64 << 10;

  private final Path file;
  private final Compression compression;
  private InputStream stream;

  /** Decompressed offset of the next byte {@link #stream} returns. */
  private long streamPosition;

  private byte[] skipBuffer;

  DecompressingInput(Path file, Compression compression) throws IOException {
    this.file = file;
    this.compression = compression;
    restart();
  }

  @Override
  public int read(byte[] buffer, int offset, int length, long position) throws IOException {
    if (position < streamPosition) {
      restart();
    }
    while (streamPosition < position) {
      if (skipBuffer == null) {
        skipBuffer = new byte[SKIP_BUFFER_BYTES];
      }
      int want = (int) Math.min(skipBuffer.length, position - streamPosition);
      int skipped = decompress(skipBuffer, 0, want);
      if (skipped < 0) {
        return -1;
      }
      streamPosition += skipped;
    }
    int read = decompress(buffer, offset, length);
    if (read > 0) {
      streamPosition += read;
    }
    return read;
  }

  @Override
  public boolean compressed() {
    return true;
  }

  @Override
  public void close() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  private void restart() throws IOException {
    close();
    streamPosition = 0;
    RawFile raw = new RawFile(Files.newInputStream(file));
    try {
      stream = compression.decompress(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw translate(e);
    }
  }

  private int decompress(byte[] buffer, int offset, int length) throws IOException {
    try {
      return stream.read(buffer, offset, length);
    } catch (IOException | RuntimeException e) {
      throw translate(e);
    }
  }

  /**
   * A failure of the decompressor is corrupt data, named as such; a failure to read the file
   * itself passes through as it was.
   */
  private IOException translate(Exception e) {
    if (e instanceof FileReadFailure) {
      return (IOException) e.getCause();
    }
    if (e instanceof UncheckedIOException && e.getCause() instanceof FileReadFailure) {
      return (IOException) e.getCause().getCause();
    }
    if (!(e instanceof IOException) && !(e instanceof MalformedInputException)
        && !(e instanceof IllegalStateException) && !(e instanceof IllegalArgumentException)
        && !(e instanceof IndexOutOfBoundsException)) {
      throw (RuntimeException) e;
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new ReaderException(
        file,
        -1,
        null,
        "corrupt "
            + compression.displayName()
            + " data after "
            + streamPosition
            + " decompressed bytes: "
            + detail,
        "the file is damaged or is not "
            + compression.displayName()
            + " (check it with "
            + (compression == Compression.GZIP ? "gzip -t" : "zstd -t")
            + "); or recompress it",
        null);
  }

  /** The compressed file, marking its own read failures so they are not taken for corruption. */
  private static final class RawFile extends FilterInputStream {
    RawFile(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw new FileReadFailure(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw new FileReadFailure(e);
      }
    }
  }

  /** Wraps an I/O error of the compressed file itself on its way through the decompressor. */
  private static final class FileReadFailure extends IOException {
    FileReadFailure(IOException cause) {
      super(cause);
    }
  }
}
