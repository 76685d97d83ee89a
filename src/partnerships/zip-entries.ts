/**
 * Just enough of the ZIP format to tell an office document from any other archive: the names
 * and declared sizes in the central directory, and the first entry when it is stored
 * uncompressed (an OpenDocument file starts with its "mimetype" entry so). Nothing is
 * decompressed.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const DIRECTORY_ENTRY_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;

export interface ZipEntry {
  name: string;
  /** As the central directory declares it (0xFFFFFFFF when a ZIP64 record holds it). */
  uncompressedSize: number;
}

/** Every entry in the archive's central directory, or null if it is not a ZIP file. */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return null;

  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + DIRECTORY_ENTRY_SIZE > end) return null;
    if (bytes.readUInt32LE(offset) !== DIRECTORY_ENTRY) return null;

    const uncompressedSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const nameStart = offset + DIRECTORY_ENTRY_SIZE;
    const name = bytes.toString('utf8', nameStart, nameStart + nameLength);
    entries.push({ name, uncompressedSize });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Every entry name in the archive's central directory, or null if it is not a ZIP file. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  return zipEntries(bytes)?.map((entry) => entry.name) ?? null;
}

/** The archive's first entry with its content, when that entry is stored uncompressed. */
export function firstStoredEntry(bytes: Buffer): { name: string; content: Buffer } | null {
  if (bytes.length < LOCAL_HEADER_SIZE || bytes.readUInt32LE(0) !== LOCAL_HEADER) return null;

  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const dataStart = LOCAL_HEADER_SIZE + nameLength + extraLength;
  if (method !== 0 || dataStart + size > bytes.length) return null;

  return {
    name: bytes.toString('utf8', LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength),
    content: bytes.subarray(dataStart, dataStart + size),
  };
}

// The end record sits at the very end, unless an archive comment (at most 64 kB) follows it.
function findEndOfDirectory(bytes: Buffer): number {
  const last = bytes.length - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}
