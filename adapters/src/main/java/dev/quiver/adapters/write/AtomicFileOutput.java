package dev.quiver.adapters.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written under a temporary name beside its target and renamed onto the target only when
 * complete, so readers never see a partial file and a failed write never damages the old one.
 *
 * <p>The temporary file is {@code .<name>.<random>.tmp} in the target's directory (same file
 * system, so the final rename can be atomic). {@link #commit()} flushes, fsyncs and moves it into
 * place; {@link #abort()} (or {@link #close()} before commit) deletes it.
 */
public final class AtomicFileOutput implements AutoCloseable {
  private static final int RANDOM_BYTES = 8;
  private static final int BUFFER_SIZE = 1 << 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path target;
  private final Path temporary;
  private final FileChannel channel;
  private final ChannelOutput stream;
  private boolean done;

  private AtomicFileOutput(Path target, Path temporary, FileChannel channel) {
    this.target = target;
    this.temporary = temporary;
    this.channel = channel;
    this.stream = new ChannelOutput(channel);
  }

  /** Creates the temporary file for {@code target}; the target itself is not touched. */
  public static AtomicFileOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path name = absolute.getFileName();
    if (directory == null || name == null) {
      throw new IOException("Cannot write to '" + target + "': not a file path");
    }
    if (!Files.isDirectory(directory)) {
      throw new NoSuchFileException(
          directory.toString(), null,
          "the directory to write '" + name + "' into does not exist; create it first");
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException("Cannot write to '" + target + "': it is a directory");
    }
    byte[] random = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(random);
    Path temporary = directory.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
    FileChannel channel =
        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new AtomicFileOutput(absolute, temporary, channel);
  }

  public Path target() {
    return target;
  }

  public Path temporaryFile() {
    return temporary;
  }

  /** A buffered stream over the temporary file; closing it does nothing (commit/abort do). */
  public OutputStream stream() {
    return stream;
  }

  /** Bytes written so far (including any still buffered). */
  public long position() {
    return stream.position();
  }

  /** Flushes, forces to disk and moves the temporary file onto the target. */
  public void commit() throws IOException {
    if (done) {
      throw new IllegalStateException("already committed or aborted");
    }
    try {
      stream.flushBuffer();
      channel.force(true);
      channel.close();
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (IOException | RuntimeException e) {
      abort();
      throw e;
    }
  }

  /** Deletes the temporary file; the target stays as it was. Safe to call more than once. */
  public void abort() {
    if (done) {
      return;
    }
    done = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // Deleting the file below is what matters.
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // Nothing more can be done; the name marks it as a leftover temporary file.
    }
  }

  @Override
  public void close() {
    abort();
  }

  /** A buffered OutputStream over the channel that tracks its position. */
  private static final class ChannelOutput extends OutputStream {
    private final FileChannel channel;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int buffered;
    private long flushed;

    ChannelOutput(FileChannel channel) {
      this.channel = channel;
    }

    long position() {
      return flushed + buffered;
    }

    @Override
    public void write(int b) throws IOException {
      if (buffered == buffer.length) {
        flushBuffer();
      }
      buffer[buffered++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len >= buffer.length) {
        flushBuffer();
        writeFully(ByteBuffer.wrap(b, off, len));
        return;
      }
      if (len > buffer.length - buffered) {
        flushBuffer();
      }
      System.arraycopy(b, off, buffer, buffered, len);
      buffered += len;
    }

    void flushBuffer() throws IOException {
      if (buffered > 0) {
        writeFully(ByteBuffer.wrap(buffer, 0, buffered));
        buffered = 0;
      }
    }

    private void writeFully(ByteBuffer data) throws IOException {
      flushed += data.remaining();
      while (data.hasRemaining()) {
        channel.write(data);
      }
    }

    @Override
    public void flush() throws IOException {
      flushBuffer();
    }

    @Override
    public void close() {
      // The owner commits or aborts.
    }
  }
}
