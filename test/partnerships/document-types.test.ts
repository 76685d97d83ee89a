import { kindFromContent, kindFromName, safeFileName } from '../../src/partnerships/document-types';
import { firstStoredEntry, zipEntryNames } from '../../src/partnerships/zip-entries';
import {
  docxFile,
  jpegFile,
  odtFile,
  pdfFile,
  plainZipFile,
  pngFile,
  textFile,
  zipArchive,
} from './sample-files';

describe('document kinds', () => {
  it('recognises each allowed kind from its bytes', () => {
    expect(kindFromContent(pdfFile())).toBe('pdf');
    expect(kindFromContent(pngFile())).toBe('png');
    expect(kindFromContent(jpegFile())).toBe('jpeg');
    expect(kindFromContent(docxFile())).toBe('docx');
    expect(kindFromContent(odtFile())).toBe('odt');
    expect(kindFromContent(textFile())).toBe('text');
  });

  it('refuses other archives, binary data and broken ZIP files', () => {
    const truncated = docxFile().subarray(0, 60);
    const odtWithoutContent = zipArchive([['mimetype', 'application/vnd.oasis.opendocument.text']]);

    expect(kindFromContent(plainZipFile())).toBeNull();
    expect(kindFromContent(truncated)).toBeNull();
    expect(kindFromContent(odtWithoutContent)).toBeNull();
    expect(kindFromContent(Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toBeNull();
    expect(kindFromContent(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(kindFromContent(Buffer.alloc(0))).toBeNull();
  });

  it('reads the kind a name claims from its extension, in any case', () => {
    expect(kindFromName('CV final.PDF')).toBe('pdf');
    expect(kindFromName('photo.jpeg')).toBe('jpeg');
    expect(kindFromName('photo.JPG')).toBe('jpeg');
    expect(kindFromName('notes.txt')).toBe('text');
    expect(kindFromName('script.html')).toBeNull();
    expect(kindFromName('no-extension')).toBeNull();
    expect(kindFromName('cv.pdf.exe')).toBeNull();
  });

  it('lists the entries of a ZIP archive and reads a stored first entry', () => {
    expect(zipEntryNames(odtFile())).toEqual(['mimetype', 'content.xml', 'META-INF/manifest.xml']);
    expect(firstStoredEntry(odtFile())?.content.toString()).toBe(
      'application/vnd.oasis.opendocument.text',
    );
    expect(zipEntryNames(pdfFile())).toBeNull();
  });
});

describe('safe file names', () => {
  it('keeps letters (accents too), digits and a few marks, and the extension', () => {
    expect(safeFileName('CV Élodie (2025).pdf', 'pdf')).toBe('CV Élodie (2025).pdf');
    expect(safeFileName('..\\..\\windows\\evil".pdf', 'pdf')).toBe('evil_.pdf');
    expect(safeFileName('/etc/passwd', 'text')).toBe('passwd.txt');
    expect(safeFileName('a\r\nb: c.txt', 'text')).toBe('a_b_ c.txt');
  });

  it('shortens long names to 100 characters and names an empty one', () => {
    const long = safeFileName(`${'x'.repeat(300)}.docx`, 'docx');

    expect(long).toHaveLength(100);
    expect(long.endsWith('.docx')).toBe(true);
    expect(safeFileName('.pdf', 'pdf')).toBe('document.pdf');
  });
});
