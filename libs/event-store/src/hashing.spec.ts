import { algorithmOf, canonicalJson, hashEvent, hashText, jcs } from './hashing';
import { digestLine } from './integrity/checkpoint';

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

describe('jcs (the fast canonical JSON)', () => {
  // `canonicalize` is the reference implementation of RFC 8785; the fast path must write exactly its text, and
  // everything it does not handle itself goes to it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const canonicalize = require('canonicalize') as (v: unknown) => string | undefined;
  class WithToJson {
    toJSON() {
      return { b: 1, a: [2, 'x'] };
    }
  }
  const proto = JSON.parse('{"__proto__": {"x": 1}, "a": 1}') as unknown;
  const cases: [string, unknown][] = [
    ['scalars', [null, true, false, 0, -0, 1e21, 1.5e-7, 0.1 + 0.2, -123.456, 2 ** 60, '']],
    ['strings that need escaping', ['"\\\n\t\u0001\u001f\u007f\u2028 征地 😀', 'a\ud800b']],
    ['keys sorted by UTF-16 code units', { b: 1, a: 2, A: 3, 征: 4, '😀': 5, é: 6, '': 7, aa: 8 }],
    ['array-index keys (JavaScript puts them first)', { b: 1, '10': 2, '9': 3, a: 4, '01': 5 }],
    ['nested', { z: [{ y: 1, x: [3, { q: null, p: 'v' }] }], m: {} }],
    ['a __proto__ key from JSON.parse', proto],
    ['undefined and functions in objects', { a: undefined, b: 1 }],
    ['undefined in arrays', [1, undefined, 3]],
    ['sparse arrays', [1, , 3]], // eslint-disable-line no-sparse-arrays
    ['dates and toJSON', { at: new Date('2026-10-01T06:05:00Z'), v: new WithToJson() }],
    ['an own toJSON that is not a function', { toJSON: 'x', a: 1 }],
    [
      'an array with a toJSON of its own',
      Object.assign([{ b: 1, a: 2 }], { toJSON: () => ({ y: [1], x: 'z' }) }),
    ],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { b: 2, a: 1 })],
    ['a Map (no own keys)', new Map([['a', 1]])],
    ['top-level string', '征地'],
  ];
  it.each(cases)('writes what canonicalize writes: %s', (_name, value) => {
    expect(jcs(value)).toBe(canonicalize(value));
  });

  it('refuses what canonicalize refuses', () => {
    expect(() => jcs({ a: NaN })).toThrow('NaN is not allowed');
    expect(() => jcs([Infinity])).toThrow('Infinity is not allowed');
    expect(jcs(undefined)).toBeUndefined();
  });

  it('agrees on many random JSON values', () => {
    let seed = 1;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const chars = ['a', 'b', 'Z', '0', '1', '9', '_', '征', '地', 'é', '😀', '"', '\\', '\n', '\u0000', ' '];
    const str = () =>
      Array.from({ length: Math.floor(rnd() * 5) }, () => chars[Math.floor(rnd() * chars.length)]).join('');
    const value = (depth: number): unknown => {
      const k = Math.floor(rnd() * (depth > 3 ? 4 : 6));
      if (k === 0) return null;
      if (k === 1) return rnd() < 0.5;
      if (k === 2)
        return [0, -1, 1e-9, 3.14, 1e300, -(2 ** 53), Math.floor(rnd() * 1e6)][Math.floor(rnd() * 7)];
      if (k === 3) return str();
      if (k === 4) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(depth + 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(rnd() * 5) }, () => [str(), value(depth + 1)]),
      );
    };
    for (let i = 0; i < 2000; i++) {
      const v = JSON.parse(JSON.stringify(value(0))) as unknown;
      expect(jcs(v)).toBe(canonicalize(v));
    }
  });
});

describe('digestLine', () => {
  it('is the JCS text of [transaction id, position, stream id, version, hash] and a newline', () => {
    const e = {
      transactionId: 12345678901234n,
      globalPosition: 42n,
      streamId: 'task-"征地"\\\n',
      streamVersion: 7,
      hash: 'sha256:abc',
    };
    expect(digestLine(e)).toBe(
      `${canonicalJson([e.transactionId.toString(), e.globalPosition.toString(), e.streamId, e.streamVersion, e.hash])}\n`,
    );
  });
});
