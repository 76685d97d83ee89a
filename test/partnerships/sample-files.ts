/**
 * Small files of each kind partners may share, made here byte by byte: a PDF, PNG and JPEG
 * with their real signatures, and DOCX and ODT files as real ZIP archives (stored entries)
 * holding the entries office programs write.
 */
import zlib from 'node:zlib';

export function pdfFile(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
    'latin1',
  );
}

export function pngFile(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, Buffer.from('0000000dIHDR', 'latin1'), Buffer.alloc(16)]);
}

export function jpegFile(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.alloc(32),
    Buffer.from([0xff, 0xd9]),
  ]);
}

export function textFile(): Buffer {
  return Buffer.from('Curriculum vitae\nÉlodie Tremblay\n\tReference librarian\n', 'utf8');
}

export function docxFile(): Buffer {
  return zipArchive([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
    ['_rels/.rels', '<?xml version="1.0"?><Relationships/>'],
    ['word/document.xml', '<?xml version="1.0"?><w:document/>'],
  ]);
}

export function odtFile(): Buffer {
  return zipArchive([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<?xml version="1.0"?><office:document-content/>'],
    ['META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest/>'],
  ]);
}

/** Any other archive: a ZIP file that is no office document. */
export function plainZipFile(): Buffer {
  return zipArchive([['notes/readme.txt', 'hello']]);
}

/** A ZIP archive with every entry stored (not compressed), as the format describes it. */
export function zipArchive(entries: Array<[string, string]>): Buffer {
  return zipOf(entries.map(([name, text]) => stored(name, text)));
}

// Entries with the sizes their directory declares, which bombs exaggerate.

export interface ZipPart {
  name: string;
  /** The entry's data as stored in the archive (deflated when `method` is 8). */
  data: Buffer;
  method: 0 | 8;
  crc: number;
  /** The uncompressed size the archive claims. */
  declaredSize: number;
}

/** An entry stored as it is, declaring its real size. */
export const stored = (name: string, content: Buffer | string): ZipPart => {
  const data = Buffer.from(content);
  return { name, data, method: 0, crc: zlib.crc32(data), declaredSize: data.length };
};

/** A deflated entry that claims to unpack to `declaredSize`, whatever it really holds. */
export const deflated = (name: string, content: string, declaredSize: number): ZipPart => {
  const data = zlib.deflateRawSync(content);
  return { name, data, method: 8, crc: zlib.crc32(content), declaredSize };
};

/** A ZIP archive of the entries, each declaring the size its part says. */
export function zipOf(entries: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, entry.data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}
