import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../electron/cli/commands/index';
import { runCli } from '../../../../electron/cli/run-cli';
import { deriveKey } from '../../../../electron/store/passphrase-envelope';
import { mapFileContent } from '../../../../electron/store/sealed-map';
import { emptyMap } from '../../../../shared/domain/map-document';
import { memoryIo } from './memory-io';

describe('the command line and a map sealed with a passphrase', () => {
  it('refuses to read it (exit 1) with a Dutch message that names the file and says where to open it', async () => {
    const doc = emptyMap('m1', 'Lindenhof', '2026-03-01T00:00:00.000Z');
    // A fixed salt keeps the derivation to one; the cost is the same.
    const sealed = mapFileContent(doc, deriveKey('de linde bloeit in juni', Buffer.alloc(16, 1)));
    const io = memoryIo({ 'kaart.json': JSON.stringify(sealed) });
    expect(await runCli(['analyse', 'kaart.json'], io, COMMANDS)).toBe(1);
    expect(io.stderr).toContain('kaart.json: deze kaart is beveiligd met een wachtwoord');
    expect(io.stdout).toBe('');
  });
});
