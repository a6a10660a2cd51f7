import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/store/handlers';
import { openConfPrefs } from '../../../../electron/store/prefs-store';
import { mapDocumentSchema } from '../../../../shared/domain/map-document';
import { CHANNELS } from '../../../../shared/ipc/channels';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { ERROR_CODES } from '../../../../shared/result';
import { commandFor } from '../../shared/arbitraries';
import { addActor, addRelation, useDataDir } from './store-fixtures';

/** Hundreds of cases in `npm test`; set WIJKWEB_FUZZ_RUNS for the long form. */
const RUNS = Number(process.env.WIJKWEB_FUZZ_RUNS ?? 300);

describe('the API, fed with anything a hostile page could send', () => {
  const data = useDataDir();

  it('answers every call with a Result — never a throw, never an internal error — and keeps the map valid', async () => {
    const store = data.open();
    const { id } = store.create('Lindenhof');
    store.apply(id, addActor('a1'));
    store.apply(id, addActor('a2'));
    store.apply(id, addRelation('r1', 'a1', 'a2'));
    const handlers = createHandlers({ store, prefs: openConfPrefs(data.dir()), info: { version: '0', mode: 'browser', dataDir: data.dir() } });
    const internal: unknown[] = [];

    const input = fc.oneof(
      fc.anything(),
      fc.record({ id: fc.oneof(fc.constant(id), fc.string()), name: fc.string(), command: fc.anything() }, { requiredKeys: [] }),
      commandFor(store.open(id).doc).map((command) => ({ id, command })),
      fc.record({ language: fc.oneof(fc.constantFrom('nl', 'en', 'de'), fc.anything()) }),
    );
    const channel = fc.oneof(fc.constantFrom(...CHANNELS.filter((c) => c !== 'maps.delete')), fc.string());

    await fc.assert(
      fc.asyncProperty(channel, input, async (name, raw) => {
        const result = await dispatch(handlers, name, raw, { origin: 'http' }, (error) => internal.push(error));
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(5);
          if (result.error.code === 'invalid-input' && result.error.details) {
            for (const detail of result.error.details) expect(detail).toMatch(/\S/);
          }
        }
      }),
      { numRuns: RUNS },
    );
    expect(internal).toEqual([]);
    expect(mapDocumentSchema.safeParse(store.open(id).doc).success).toBe(true);
  });
});
