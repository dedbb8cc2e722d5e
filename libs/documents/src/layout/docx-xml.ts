import JSZip from 'jszip';

/** The parts of a .docx a reader (or a test) looks into, as text. */
export async function docxParts(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir && /\.(xml|rels)$/.test(name)) out[name] = await entry.async('string');
  return out;
}

/** The text of a WordprocessingML part, paragraph by paragraph. */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}
