import { describe, expect, it } from 'vitest';
import {
  assertGoodPassphrase,
  deriveKey,
  isSealed,
  keyFor,
  seal,
  sealedFileSchema,
  unseal,
} from '../../../../electron/store/passphrase-envelope';

const DOC = JSON.stringify({ format: 'wijkweb', actors: [{ name: 'Fatima El Amrani', note: 'woont op nr. 12' }] });
const PASS = 'lindenhof blijft open';

describe('a map sealed with a passphrase', () => {
  const sealKey = deriveKey(PASS);
  const sealed = seal(DOC, sealKey);
  const bytes = JSON.stringify(sealed);

  it('holds none of the names or notes in readable form', () => {
    expect(sealedFileSchema.safeParse(sealed).success).toBe(true);
    expect(isSealed(sealed)).toBe(true);
    expect(bytes).not.toContain('Fatima');
    expect(bytes).not.toContain('nr. 12');
    expect(Buffer.from(sealed.data, 'base64').toString('latin1')).not.toContain('Fatima');
  });

  it('opens with the right passphrase, to exactly what was sealed', () => {
    expect(unseal(sealed, keyFor(sealed, PASS))).toBe(DOC);
  });

  it('says "wachtwoord klopt niet" for a wrong passphrase, not that the file is damaged', () => {
    expect(() => keyFor(sealed, 'lindenhof blijft dicht')).toThrow('Het wachtwoord klopt niet.');
  });

  it('calls a changed or damaged file damaged, even with the right passphrase', () => {
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    const tampered = { ...sealed, data: data.toString('base64') };
    expect(() => unseal(tampered, keyFor(tampered, PASS))).toThrow(/beschadigd of gewijzigd/);
  });

  it('uses a fresh IV for every save, so two saves of the same map differ', () => {
    expect(seal(DOC, sealKey).cipher.iv).not.toBe(seal(DOC, sealKey).cipher.iv);
  });

  it('refuses passphrases shorter than 10 characters, in Dutch', () => {
    expect(() => assertGoodPassphrase('kort')).toThrow(/minstens 10 tekens/);
    expect(() => assertGoodPassphrase('tien tekens')).not.toThrow();
  });
});
