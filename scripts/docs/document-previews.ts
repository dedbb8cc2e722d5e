import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOCUMENT_KIND_LABELS, PdfRenderer, renderOfficialDocument, sampleDocuments } from '@app/documents';

/**
 * `npm run docs:documents`: PNG previews of every document the platform issues (docs/documents/), rendered the way
 * the API renders them — the .docx layout, LibreOffice headless to PDF, pdftoppm to PNG at 60 dpi — so a reader sees
 * the paper before installing anything. Fails when soffice or pdftoppm is missing.
 */
async function main(): Promise<void> {
  const out = resolve(__dirname, '../../../docs/documents');
  const work = mkdtempSync(join(tmpdir(), 'yuqing-previews-'));
  const pdf = new PdfRenderer();
  if (!pdf.available) throw new Error('soffice not found: apt-get install -y libreoffice-writer-nogui');
  try {
    for (const old of readdirSync(out).filter((f) => f.endsWith('.png'))) rmSync(join(out, old));
    for (const s of sampleDocuments()) {
      const file = join(work, `${s.kind}.pdf`);
      writeFileSync(file, await pdf.toPdf(await renderOfficialDocument(s.model)));
      const prefix = join(work, s.kind.toLowerCase().replace(/_/g, '-'));
      execFileSync('pdftoppm', ['-r', '60', '-png', file, prefix]);
      for (const png of readdirSync(work).filter((f) =>
        f.startsWith(`${s.kind.toLowerCase().replace(/_/g, '-')}-`),
      ))
        renameSync(join(work, png), join(out, png));
      console.log(`${DOCUMENT_KIND_LABELS[s.kind].zh}: ${s.model.documentNumber}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
