import { SignedLinks } from './signed-links';

const links = new SignedLinks(Buffer.from('k'.repeat(32)));
const claims = { attachmentId: 'a1', userId: 'lina', unitId: 'donghu', expires: 1000 };
const params = (url: string) => Object.fromEntries(new URL(url, 'http://x').searchParams);

describe('signed download links', () => {
  it('hold until they expire', () => {
    const q = params(links.query(claims));
    expect(links.verify('a1', q, 999)).toEqual(claims);
    expect(links.verify('a1', q, 1001)).toBeNull();
  });

  it('are refused for another attachment, another person, a later expiry or another key', () => {
    const q = params(links.query(claims));
    expect(links.verify('a2', q, 0)).toBeNull();
    expect(links.verify('a1', { ...q, u: 'wangbo' }, 0)).toBeNull();
    expect(links.verify('a1', { ...q, e: '999999' }, 0)).toBeNull();
    expect(new SignedLinks(Buffer.from('x'.repeat(32))).verify('a1', q, 0)).toBeNull();
    expect(links.verify('a1', {}, 0)).toBeNull();
  });
});
