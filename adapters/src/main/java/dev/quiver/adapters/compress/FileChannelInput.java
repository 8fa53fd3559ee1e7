package dev.quiver.adapters.compress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An uncompressed file read with positional reads, so several readers can share nothing. */
final class FileChannelInput implements PositionalInput {
  private final FileChannel channel;

  FileChannelInput(Path file) throws IOException {
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
  }

  @Override
  public int read(byte[] buffer, int offset, int length, long position) throws IOException {
    return channel.read(ByteBuffer.wrap(buffer, offset, length), position);
  }

  @Override
  public boolean compressed() {
    return false;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
