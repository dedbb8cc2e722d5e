import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What a signature covers: a fixed label, so a checkpoint signature can never pass as a bundle's or as a witness's
 * countersignature, and the text.
 */
export type SignaturePurpose = 'checkpoint' | 'bundle' | 'countersignature';

function signedBytes(purpose: SignaturePurpose, text: string): Buffer {
  return Buffer.from(`yuqing-audit-${purpose}-v1\n${text}`, 'utf8');
}

/** The id of a public key: the first 16 hex digits of SHA-256 over its DER (SPKI) form. */
export function publicKeyId(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Reads an Ed25519 public key from PEM (SPKI) text; a clear error when it is something else. */
export function parsePublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error('公钥不是 Ed25519 密钥 / the public key is not Ed25519');
  return key;
}

/** Checks an Ed25519 signature (base64) made by {@link LogSigningKey.sign}. */
export function verifySignature(
  publicKey: KeyObject,
  purpose: SignaturePurpose,
  text: string,
  signature: string,
): boolean {
  try {
    return verify(null, signedBytes(purpose, text), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The deployment's Ed25519 key. It lives outside the database (a file, or the environment): an operator who can
 * rewrite the log and recompute every hash still cannot sign the checkpoints that would hide it.
 */
export class LogSigningKey {
  readonly publicKey: KeyObject;
  readonly keyId: string;

  private constructor(private readonly privateKey: KeyObject) {
    this.publicKey = createPublicKey(privateKey);
    this.keyId = publicKeyId(this.publicKey);
  }

  static fromPem(pem: string): LogSigningKey {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519')
      throw new Error(
        '审计签名密钥必须是 Ed25519 私钥 / the audit signing key must be an Ed25519 private key',
      );
    return new LogSigningKey(key);
  }

  static generate(): LogSigningKey {
    return new LogSigningKey(generateKeyPairSync('ed25519').privateKey);
  }

  /** Reads the key file, creating it (mode 0600) on first start so `npm start` needs no set-up. */
  static loadOrCreate(file: string): LogSigningKey {
    if (existsSync(file)) return LogSigningKey.fromPem(readFileSync(file, 'utf8'));
    const key = LogSigningKey.generate();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, key.privateKeyPem(), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return key;
  }

  get publicKeyPem(): string {
    return this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  privateKeyPem(): string {
    return this.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  }

  /** Base64 Ed25519 signature over the purpose label and the text. */
  sign(purpose: SignaturePurpose, text: string): string {
    return sign(null, signedBytes(purpose, text), this.privateKey).toString('base64');
  }
}
