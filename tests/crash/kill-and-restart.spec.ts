import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActor } from '../../shared/domain/factories';
import { parseMapDocumentText } from '../../shared/domain/migrations';
import type { MapDocument } from '../../shared/domain/map-document';
import { readSealedText } from '../../electron/store/map-file';
import { keyFor, unseal } from '../../electron/store/passphrase-envelope';
import { startBridgeProcess, type BridgeProcess } from './bridge-client';
import { lostEdits, noteFor, versionOf, type AckedEdit, type LoadedVersions } from './edit-ledger';

/** Short form in `npm test`; `npm run test:crash` sets 50. */
const RUNS = Number(process.env.WIJKWEB_CRASH_RUNS ?? 5);
/**
 * DESIGN.md asks that edits acknowledged 250 ms before a kill survive it. The store journals every
 * edit before acknowledging it, so this test asks more: every acknowledged edit survives.
 */
const SAVE_WINDOW_MS = 0;
/** New maps are written at once, but give the first kill a moment to happen after that. */
const SETTLE_MS = 300;
const MAPS = 3;
/** The last map is sealed with this passphrase (issue 9): its file and journal are written sealed. */
const PASSPHRASE = 'crash met een wachtwoord';

/** A small seeded generator, so a failing run can be repeated with WIJKWEB_CRASH_SEED. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every map file on disk the way a fresh start would, and the versions its actors hold. */
function loadFromDisk(dataDir: string, mapIds: readonly string[]): { loaded: Map<string, LoadedVersions>; corrupt: string[] } {
  const loaded = new Map<string, LoadedVersions>();
  const corrupt: string[] = [];
  for (const id of mapIds) {
    const text = readFileSync(join(dataDir, 'maps', `${id}.json`), 'utf8');
    const sealed = readSealedText(text);
    if (sealed?.kind === 'damaged') {
      corrupt.push(`${id}: ${sealed.reason}`);
      continue;
    }
    const parsed = parseMapDocumentText(sealed ? unseal(sealed.file, keyFor(sealed.file, PASSPHRASE)) : text);
    if (!parsed.ok) {
      corrupt.push(`${id}: ${parsed.error.message}`);
      continue;
    }
    loaded.set(id, versionsOf(parsed.value));
  }
  return { loaded, corrupt };
}

function versionsOf(doc: MapDocument): LoadedVersions {
  return new Map(doc.actors.map((a) => [a.id, versionOf(a.note) ?? -1]));
}

test('maps survive being killed at random moments: every map opens and keeps every acknowledged edit', async () => {
  test.setTimeout(60_000 + RUNS * 8_000);
  const seed = Number(process.env.WIJKWEB_CRASH_SEED ?? Date.now() % 1_000_000);
  const rnd = random(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'wijkweb-crash-'));
  const edits: AckedEdit[] = [];
  const versions = new Map<string, number>();
  const figures = { seed, sealedMaps: 1, runs: RUNS, kills: 0, editsAcknowledged: 0, editsChecked: 0, editsCheckedTotal: 0, mapsCorrupted: 0, editsLost: 0, notices: 0 };
  const mapIds: string[] = [];
  let killedAt = 0;

  try {
    let app: BridgeProcess = await startBridgeProcess(dataDir);
    for (let i = 0; i < MAPS; i++) {
      const created = await app.call<{ id: string }>('maps.create', { name: `Crashkaart ${i + 1}` });
      if (!created.ok) throw new Error(created.error.message);
      mapIds.push(created.value.id);
    }
    const sealedId = mapIds[MAPS - 1]!;
    const protectedMap = await app.call('map.setPassphrase', { id: sealedId, passphrase: PASSPHRASE });
    if (!protectedMap.ok) throw new Error(protectedMap.error.message);
    // The new maps must be on disk before the first kill can count against them.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

    for (let run = 0; run <= RUNS; run++) {
      if (run > 0) {
        app = await startBridgeProcess(dataDir);
        // 1. Every map opens through the app and validates on disk.
        const listed = await app.call<{ id: string }[]>('maps.list', {});
        expect(listed.ok, 'de lijst met kaarten opent').toBe(true);
        if (listed.ok) expect(listed.value.map((m) => m.id).sort()).toEqual([...mapIds].sort());
        for (const id of mapIds) {
          if (id === sealedId) {
            const locked = await app.call('map.open', { id });
            expect(locked.ok ? 'open' : locked.error.code, 'de beveiligde kaart is na een herstart vergrendeld').toBe('locked');
            expect(readSealedText(readFileSync(join(dataDir, 'maps', `${id}.json`), 'utf8'))?.kind, 'de beveiligde kaart staat versleuteld op schijf').toBe('sealed');
          }
          const opened = await app.call<{ doc: MapDocument }>(id === sealedId ? 'map.unlock' : 'map.open', id === sealedId ? { id, passphrase: PASSPHRASE } : { id });
          expect(opened.ok, `kaart ${id} opent na kill ${run}`).toBe(true);
        }
        const notices = await app.call<unknown[]>('app.notices', {});
        if (notices.ok) figures.notices += notices.value.length;
        const { loaded, corrupt } = loadFromDisk(dataDir, mapIds);
        figures.mapsCorrupted += corrupt.length;
        expect(corrupt, `beschadigde kaarten na kill ${run} (seed ${seed})`).toEqual([]);
        // 2. Every edit acknowledged well before the kill is there.
        const cutoff = killedAt - SAVE_WINDOW_MS;
        figures.editsChecked = edits.filter((e) => e.ackedAt <= cutoff).length;
        const lost = lostEdits(edits, loaded, cutoff);
        figures.editsLost += lost.length;
        expect(lost, `verloren bewerkingen na kill ${run} (seed ${seed})`).toEqual([]);
        // Continue from what is on disk: edits acknowledged within the last 250 ms may be gone, so
        // the next run builds on the survivors and checks only its own edits.
        figures.editsCheckedTotal += figures.editsChecked;
        edits.length = 0;
        versions.clear();
        for (const [mapId, actors] of loaded) for (const [actorId, v] of actors) versions.set(`${mapId}/${actorId}`, v);
      }
      if (run === RUNS) {
        await app.stop();
        break;
      }

      // 3. Edit both maps as fast as main answers, and kill the process at a random moment.
      const killAfter = 150 + rnd() * 1_200;
      let stopping = false;
      const editLoop = async (mapId: string): Promise<void> => {
        while (!stopping) {
          const existing = [...versions.keys()].filter((k) => k.startsWith(`${mapId}/`));
          const update = existing.length > 0 && rnd() < 0.5;
          const key = update ? existing[Math.floor(rnd() * existing.length)]! : `${mapId}/a${run}-${Math.floor(rnd() * 1e9)}`;
          const actorId = key.slice(mapId.length + 1);
          const version = update ? (versions.get(key) ?? 0) + 1 : 0;
          const command = update
            ? { type: 'actor.update', id: actorId, patch: { note: noteFor(version) } }
            : { type: 'actor.add', actor: createActor({ id: actorId, name: `Actor ${actorId}`, note: noteFor(0) }) };
          try {
            const answer = await app.call('map.apply', { id: mapId, command });
            if (!answer.ok) throw new Error(answer.error.message);
            versions.set(key, version);
            edits.push({ mapId, actorId, version, ackedAt: performance.now() });
            figures.editsAcknowledged++;
          } catch (error) {
            if (!stopping) throw error;
          }
        }
      };
      const loops = mapIds.map((id) => editLoop(id));
      await new Promise((resolve) => setTimeout(resolve, killAfter));
      stopping = true;
      killedAt = performance.now();
      await app.kill();
      figures.kills++;
      await Promise.all(loops);
    }
  } finally {
    mkdirSync('test-results', { recursive: true });
    writeFileSync(join('test-results', 'crash-results.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      `Crashtest: ${figures.runs} runs, ${figures.kills} kills, ${figures.editsAcknowledged} bewerkingen bevestigd ` +
        `(${figures.editsCheckedTotal} gecontroleerd), ` +
        `${figures.mapsCorrupted} kaarten beschadigd, ${figures.editsLost} bewerkingen verloren (seed ${seed}).`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  }
});
