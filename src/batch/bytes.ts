/**
 * Collects output text as UTF-8 in one growing buffer. Encoding each row as it comes is ~5x
 * cheaper than joining a chunk's rows into one string and encoding that (measured: 3.4 vs 17.6 µs
 * a row of ~3.8 KB).
 */
export class ByteWriter {
  private buf: Buffer;
  private length = 0;

  constructor(initialSize = 1 << 20) {
    this.buf = Buffer.allocUnsafeSlow(initialSize);
  }

  write(text: string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 code unit.
    const room = text.length * 3 + 1;
    if (this.buf.length - this.length < room) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.length + room));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    this.length += this.buf.write(text, this.length);
  }

  /** Writes text and a newline (without first joining them into a new string). */
  writeLine(text: string): void {
    this.write(text);
    this.buf[this.length++] = 10; // write() always leaves room for one more byte
  }

  /**
   * The bytes written, in a buffer of their own (never Node's shared pool, so a worker can
   * transfer it); the writer starts empty again.
   */
  take(): Uint8Array {
    const out = Buffer.allocUnsafeSlow(this.length);
    this.buf.copy(out, 0, 0, this.length);
    this.length = 0;
    return out;
  }
}
