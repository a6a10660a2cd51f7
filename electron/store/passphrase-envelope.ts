import { createCipheriv, createDecipheriv, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { WijkwebError } from '../../shared/result';

/** The `format` of a map file whose contents are sealed with a passphrase. */
export const SEALED_FORMAT = 'wijkweb-versleuteld';

/** scrypt cost (N = 2^15, r = 8, p = 1): about 0.1 s and 32 MiB per derivation on a laptop. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** Shortest passphrase accepted: long enough that guessing it offline costs years at scrypt's price. */
export const MIN_PASSPHRASE_LENGTH = 10;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** A sealed map file: readable metadata, the rest AES-256-GCM with a key from scrypt(passphrase). */
export const sealedFileSchema = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(1),
  kdf: z.object({ name: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: base64 }),
  cipher: z.object({ name: z.literal('aes-256-gcm'), iv: base64, tag: base64 }),
  /** A value that tells a wrong passphrase apart from a damaged file. */
  check: base64,
  data: base64,
});
export type SealedFile = z.infer<typeof sealedFileSchema>;

/** A key derived from a passphrase, with the salt it belongs to (kept in memory while a map is open). */
export interface SealKey {
  readonly key: Buffer;
  readonly salt: Buffer;
  readonly check: Buffer;
}

function keyCheck(key: Buffer): Buffer {
  // AES-GCM of nothing under a fixed IV: depends only on the key, reveals nothing about it.
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.alloc(IV_BYTES));
  cipher.final();
  return cipher.getAuthTag();
}

/** Derives the key for a passphrase (a new random salt unless one is given). Slow by design. */
export function deriveKey(passphrase: string, salt: Buffer = randomBytes(SALT_BYTES)): SealKey {
  const key = scryptSync(passphrase.normalize('NFC'), salt, KEY_BYTES, SCRYPT);
  return { key, salt, check: keyCheck(key) };
}

/** Checks a new passphrase; throws a Dutch invalid-input error when it is too short. */
export function assertGoodPassphrase(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new WijkwebError('invalid-input', `Kies een wachtwoord van minstens ${MIN_PASSPHRASE_LENGTH} tekens (een zin van een paar woorden is het sterkst).`);
  }
}

/** Seals a document's JSON text with the key; a fresh IV every time. */
export function seal(plainText: string, sealKey: SealKey): SealedFile {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealKey.key, iv);
  const data = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
  return {
    format: SEALED_FORMAT,
    version: 1,
    kdf: { name: 'scrypt', N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, salt: sealKey.salt.toString('base64') },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    check: sealKey.check.toString('base64'),
    data: data.toString('base64'),
  };
}

/** Whether parsed JSON is a sealed map file (so it is never mistaken for a damaged plain one). */
export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SEALED_FORMAT;
}

/** The key for a sealed file from its passphrase; throws 'unauthorized' in Dutch when it is wrong. */
export function keyFor(file: SealedFile, passphrase: string): SealKey {
  if (file.kdf.N !== SCRYPT.N || file.kdf.r !== SCRYPT.r || file.kdf.p !== SCRYPT.p) {
    throw new WijkwebError('future-version', 'Dit bestand is versleuteld met instellingen die deze Wijkweb niet kent. Werk Wijkweb bij.');
  }
  const derived = deriveKey(passphrase, Buffer.from(file.kdf.salt, 'base64'));
  const expected = Buffer.from(file.check, 'base64');
  if (expected.length !== derived.check.length || !timingSafeEqual(expected, derived.check)) {
    throw new WijkwebError('unauthorized', 'Het wachtwoord klopt niet.');
  }
  return derived;
}

/**
 * Opens a sealed file with its key. A right key with contents that fail to decrypt means the file
 * was changed or damaged: that is a 'damaged-file' error, never silently wrong data.
 */
export function unseal(file: SealedFile, sealKey: SealKey): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey.key, Buffer.from(file.cipher.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(file.cipher.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(file.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new WijkwebError('damaged-file', 'Het versleutelde bestand is beschadigd of gewijzigd: de inhoud klopt niet meer met het wachtwoord.');
  }
}
