import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fontconfigXml } from '../layout/fontconfig';

/** The LibreOffice binary: SOFFICE_PATH, or `soffice` on the PATH (Debian's libreoffice-writer-nogui). */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.SOFFICE_PATH
    ? [env.SOFFICE_PATH]
    : (env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'soffice'));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  return null;
}

const run = (file: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) =>
  new Promise<void>((resolve, reject) =>
    execFile(file, args, { env, timeout: timeoutMs }, (err, _out, stderr) =>
      err ? reject(new Error(`${file} failed: ${err.message} ${stderr}`)) : resolve(),
    ),
  );

/**
 * PDF beside .docx (issue 21), made by LibreOffice headless from the very .docx that was issued, so that the PDF
 * and the Word file come from one layout. Each conversion has its own profile directory (two at once would
 * otherwise fight over one) and a fontconfig that maps the standard's fonts onto what the machine has.
 */
export class PdfRenderer {
  constructor(private readonly soffice: string | null = findSoffice()) {}

  get available(): boolean {
    return this.soffice !== null;
  }

  async toPdf(docx: Buffer, timeoutMs = 120_000): Promise<Buffer> {
    if (!this.soffice) throw new Error('soffice not found');
    const dir = await mkdtemp(join(tmpdir(), 'yuqing-pdf-'));
    try {
      const fonts = join(dir, 'fonts.conf');
      await writeFile(fonts, fontconfigXml());
      const input = join(dir, 'document.docx');
      await writeFile(input, docx);
      await run(
        this.soffice,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { ...process.env, FONTCONFIG_FILE: fonts, HOME: dir },
        timeoutMs,
      );
      return await readFile(join(dir, 'document.pdf'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
