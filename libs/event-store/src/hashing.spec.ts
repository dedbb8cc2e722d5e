import { algorithmOf, hashEvent, hashText } from './hashing';

describe('hash algorithms', () => {
  it('SM3 matches the test vector of GB/T 32905-2016 (appendix A.1, "abc")', () => {
    expect(hashText('sm3', 'abc')).toBe(
      'sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    );
  });

  it('SHA-256 matches FIPS 180-2 for "abc"', () => {
    expect(hashText('sha256', 'abc')).toBe(
      'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('names its algorithm in every hash, so a log can hold both', () => {
    const e = {
      eventId: '0b8e7c2e-3f1d-4a55-9f0e-1d2c3b4a5968',
      streamId: 'task-1',
      streamType: 'Task',
      streamVersion: 1,
      type: 'TaskSigned',
      schemaVersion: 1,
      data: { note: '签收' },
      metadata: {},
      recordedAt: new Date('2026-10-01T06:05:00Z'),
      owningUnit: 'u1',
      prevHash: '',
    };
    const sm3 = hashEvent(e, 'sm3');
    const sha = hashEvent(e, 'sha256');
    expect(algorithmOf(sm3)).toBe('sm3');
    expect(algorithmOf(sha)).toBe('sha256');
    expect(sm3.slice(4)).not.toBe(sha.slice(7));
    expect(() => algorithmOf('md5:abc')).toThrow('Unknown hash algorithm');
  });
});
