import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';

/** A zip that is not one this reader can open: the verifier reports it as a problem of the file. */
export class ZipUnreadable extends Error {}

export type ZipEntry = Readonly<{ name: string; method: number; compressedSize: number; dataStart: number }>;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads a zip's central directory and streams any entry by itself, so two entries can be read side by side (the
 * events and their proofs) and nothing is held in memory beyond a chunk. Stored and deflated entries only, no
 * ZIP64: what the bundle writer produces (fflate writes no ZIP64, so a bundle stays under 4 GiB).
 */
export class ZipReader {
  private constructor(
    private readonly path: string,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(path: string): Promise<ZipReader> {
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      throw new ZipUnreadable(`cannot open ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      return new ZipReader(path, await readDirectory(handle));
    } finally {
      await handle.close();
    }
  }

  /** The entry's uncompressed bytes, a chunk at a time. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipUnreadable(`the zip holds no ${name}`);
    if (entry.compressedSize === 0) return;
    const raw = createReadStream(this.path, {
      start: entry.dataStart,
      end: entry.dataStart + entry.compressedSize - 1,
    });
    const stream = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
    if (entry.method === 8) raw.on('error', (error) => stream.destroy(error));
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (error) {
      throw new ZipUnreadable(`${name} cannot be inflated: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }

  async bytes(name: string, limit: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of this.chunks(name)) {
      size += chunk.length;
      if (size > limit) throw new ZipUnreadable(`${name} is larger than ${limit} bytes`);
      parts.push(chunk);
    }
    return Buffer.concat(parts);
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function readDirectory(handle: FileHandle): Promise<Map<string, ZipEntry>> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 22 + MAX_COMMENT);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipUnreadable('not a zip file (no end of central directory)');
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryStart = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff)
    throw new ZipUnreadable('ZIP64 archives are not supported');
  if (directoryStart + directorySize > size) throw new ZipUnreadable('the central directory lies outside the file');
  const directory = await readAt(handle, directoryStart, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_ENTRY)
      throw new ZipUnreadable('the central directory is damaged');
    const method = directory.readUInt16LE(at + 10);
    const compressedSize = directory.readUInt32LE(at + 20);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const localOffset = directory.readUInt32LE(at + 42);
    const name = directory.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (method !== 0 && method !== 8) throw new ZipUnreadable(`${name} uses compression method ${method}`);
    if (entries.has(name)) throw new ZipUnreadable(`${name} appears twice in the zip`);
    const local = await readAt(handle, localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER)
      throw new ZipUnreadable(`the local header of ${name} is damaged`);
    const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + compressedSize > size) throw new ZipUnreadable(`${name} runs past the end of the file`);
    entries.set(name, { name, method, compressedSize, dataStart });
  }
  return entries;
}
