import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  bundleVerificationReport,
  DOCUMENT_KIND_LABELS,
  PdfRenderer,
  renderOfficialDocument,
  sampleDocuments,
} from '@app/documents';

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
    // 审计包核验报告 (not a 公文: no number), for a sample bundle that holds.
    const report = join(work, 'bundle-verification-report.pdf');
    const docx = await bundleVerificationReport(
      {
        ok: true,
        fingerprint: 'sha256:62cd2d512cbd40ef29fda940b3f96be6fc39e511d432e1b20c9b8615f4c95e4a',
        size: 48213,
        incidentId: '399cd2d0-3665-4e3a-a9dc-ebc2596195d7',
        incidentTitle: '西山镇养殖场异味投诉',
        exportedAt: '2026-12-07T12:53:00.000Z',
        keyId: '5f0c1e9a7d3b2c41',
        keyPinned: true,
        eventsChecked: 42,
        streamsChecked: 6,
        checkpointsChecked: 3,
        unsignedCheckpoints: 0,
        unsealedEvents: 0,
        witnessHeads: 12,
        verifiedAt: new Date('2026-12-07T13:05:00.000Z'),
      },
      '5f0c1e9a7d3b2c41',
      { name: '钱军', unitName: '清水县委网信办（县网络舆情应急监控中心）' },
    );
    writeFileSync(report, await pdf.toPdf(docx));
    execFileSync('pdftoppm', ['-r', '60', '-png', report, join(out, 'bundle-verification-report')]);
    console.log('审计包核验报告');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
