import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectMediaType } from './media-type';

const dir = mkdtempSync(join(tmpdir(), 'media-type-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('a file’s type, from its bytes', () => {
  it('knows a JPEG and a PDF whatever their names', async () => {
    expect(await detectMediaType(file('a.pdf', Buffer.from('ffd8ffe000104a464946000101', 'hex')))).toBe(
      'image/jpeg',
    );
    expect(await detectMediaType(file('b.jpg', Buffer.from('%PDF-1.4\n1 0 obj\n')))).toBe('application/pdf');
  });

  it('knows nothing of plain text', async () => {
    expect(await detectMediaType(file('c.jpg', Buffer.from('这不是图片'.repeat(20))))).toBeNull();
  });
});
