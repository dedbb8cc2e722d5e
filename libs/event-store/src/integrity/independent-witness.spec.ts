import { GENESIS_HASH } from '../hashing';
import { checkpointHash, LogCheckpoint } from './checkpoint';
import { checkReceipts, claimOf, receiptText, refusalOf, WitnessReceipt } from './independent-witness';
import { IntegrityFault } from './integrity-checks';
import { LogSigningKey } from './log-signing-key';

const county = LogSigningKey.generate();
const city = LogSigningKey.generate();

function checkpoint(seq: number, prevHash: string, key = county, eventCount = 3): LogCheckpoint {
  const draft = {
    seq,
    from: { transactionId: BigInt(seq), globalPosition: BigInt(seq * 10) },
    to: { transactionId: BigInt(seq + 1), globalPosition: BigInt(seq * 10 + 9) },
    eventCount,
    eventsDigest: `sha256:${'a'.repeat(64)}`,
    prevHash,
    sealedAt: new Date('2026-12-06T08:00:00Z'),
  };
  const hash = checkpointHash(draft, 'sha256');
  return { ...draft, hash, signature: key.sign('checkpoint', hash), keyId: key.keyId };
}

const first = checkpoint(1, GENESIS_HASH);
const second = checkpoint(2, first.hash);

function receipt(c: LogCheckpoint, witness = city): WitnessReceipt {
  const r = {
    witnessKeyId: witness.keyId,
    peerKeyId: county.keyId,
    seq: c.seq,
    hash: c.hash,
    witnessedAt: '2026-12-06T08:00:01.000Z',
  };
  return { ...r, countersignature: witness.sign('countersignature', receiptText(r)) };
}

describe('what a witness countersigns', () => {
  it('the first checkpoint it is shown, then only the next one', () => {
    expect(refusalOf(claimOf(first), county.publicKey, null, null)).toBeNull();
    expect(refusalOf(claimOf(second), county.publicKey, null, { seq: 1, hash: first.hash })).toBeNull();
    expect(
      refusalOf(claimOf(checkpoint(3, second.hash)), county.publicKey, null, { seq: 1, hash: first.hash }),
    ).toEqual({
      kind: 'NOT_NEXT',
      expectedSeq: 2,
    });
  });

  it('the same checkpoint again, but not another under the same number', () => {
    expect(
      refusalOf(claimOf(second), county.publicKey, { hash: second.hash }, { seq: 2, hash: second.hash }),
    ).toBeNull();
    const rewritten = checkpoint(2, first.hash, county, 2);
    expect(
      refusalOf(claimOf(rewritten), county.publicKey, { hash: second.hash }, { seq: 2, hash: second.hash }),
    ).toEqual({
      kind: 'CONFLICT',
      countersigned: second.hash,
    });
  });

  it('nothing signed with another key, with a bad signature, or whose fields do not give its hash', () => {
    expect(refusalOf(claimOf(checkpoint(1, GENESIS_HASH, city)), county.publicKey, null, null)).toEqual({
      kind: 'NOT_THIS_PEER',
    });
    expect(
      refusalOf(
        { ...claimOf(first), signature: county.sign('bundle', first.hash) },
        county.publicKey,
        null,
        null,
      ),
    ).toEqual({
      kind: 'BAD_SIGNATURE',
    });
    expect(refusalOf({ ...claimOf(first), eventCount: 2 }, county.publicKey, null, null)).toEqual({
      kind: 'BAD_HASH',
    });
    expect(refusalOf({ ...claimOf(first), to: 'nowhere' }, county.publicKey, null, null)).toMatchObject({
      kind: 'MALFORMED',
    });
  });
});

describe("checking the witness's receipts against the database", () => {
  const witness = { publicKey: city.publicKey, name: '江州市' };
  const db = new Map([
    [1, first],
    [2, second],
  ]);

  it('says how far the witness has seen', () => {
    expect(checkReceipts(db, [receipt(first)], witness, county.keyId)).toEqual({ countersignedThrough: 1 });
    expect(checkReceipts(db, [], witness, county.keyId)).toEqual({ countersignedThrough: null });
  });

  it('a checkpoint replaced, a checkpoint gone, or a receipt not the witness’s own, is a fault', () => {
    const fault = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as IntegrityFault).fault.kind;
      }
      return null;
    };
    const replaced = new Map([
      [1, first],
      [2, checkpoint(2, first.hash, county, 2)],
    ]);
    expect(fault(() => checkReceipts(replaced, [receipt(second)], witness, county.keyId))).toBe(
      'CHECKPOINT_REPLACED',
    );
    expect(fault(() => checkReceipts(new Map([[1, first]]), [receipt(second)], witness, county.keyId))).toBe(
      'CHECKPOINT_MISSING',
    );
    expect(fault(() => checkReceipts(db, [receipt(second, county)], witness, county.keyId))).toBe(
      'WITNESS_RECEIPT_INVALID',
    );
  });
});
