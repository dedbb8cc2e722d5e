import JSZip from 'jszip';
import { FONTS } from './gbt9704';

/** Every entry of the package carries this date: the zip's own timestamps would make each rendering differ. */
const FIXED_ZIP_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

const FONT_TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable';
const FONT_TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The font table: each font the standard names, with its substitutes as w:altName (Word and LibreOffice fall back
 * to them) and the Chinese character set, so that a reader on a machine without 仿宋_GB2312 still gets a 仿宋.
 */
export function fontTableXml(): string {
  const fonts = Object.values(FONTS)
    .map(
      (f) =>
        `<w:font w:name="${escapeXml(f.name)}"><w:altName w:val="${escapeXml(f.substitutes.join(','))}"/>` +
        `<w:charset w:val="86"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}

/**
 * Makes a .docx package byte-for-byte reproducible: the core properties' created/modified become the document's own
 * moment, every zip entry gets one fixed date, entries are written in name order, and the font table is ours. Same
 * model in, same bytes out — which is what lets an issued document's SHA-256 be checked by rendering it again.
 */
export async function fixPackage(docx: Buffer, issuedAt: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const at = new Date(issuedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = new Map<string, string | Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    if (name.endsWith('.xml') || name.endsWith('.rels')) files.set(name, await entry.async('string'));
    else files.set(name, await entry.async('uint8array'));
  }
  const core = files.get('docProps/core.xml');
  if (typeof core === 'string')
    files.set(
      'docProps/core.xml',
      core
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${at}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${at}$2`),
    );
  files.set('word/fontTable.xml', fontTableXml());
  const rels = files.get('word/_rels/document.xml.rels');
  if (typeof rels === 'string' && !rels.includes(FONT_TABLE_REL))
    files.set(
      'word/_rels/document.xml.rels',
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdFontTable" Type="${FONT_TABLE_REL}" Target="fontTable.xml"/></Relationships>`,
      ),
    );
  const types = files.get('[Content_Types].xml');
  if (typeof types === 'string' && !types.includes('/word/fontTable.xml'))
    files.set(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        `<Override PartName="/word/fontTable.xml" ContentType="${FONT_TABLE_TYPE}"/></Types>`,
      ),
    );
  const out = new JSZip();
  // [Content_Types].xml first, as Office writes it; the rest in name order.
  const names = [...files.keys()].sort((a, b) =>
    a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  for (const name of names) out.file(name, files.get(name)!, { date: FIXED_ZIP_DATE, createFolders: false });
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
