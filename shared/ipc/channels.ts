/**
 * Every channel between renderer and main, as `domain.verb`. This list has no dependencies so the
 * sandboxed preload can import it; `contract.ts` gives each channel its input and output schema.
 */
export const CHANNELS = [
  'app.info',
  'app.notices',
  'app.dismissNotice',
  'maps.list',
  'maps.create',
  'maps.rename',
  'maps.duplicate',
  'maps.delete',
  'maps.import',
  'map.open',
  'map.apply',
  'map.undo',
  'map.redo',
  'map.forgetPreview',
  'map.forgetPerson',
  'map.setPassphrase',
  'map.removePassphrase',
  'map.unlock',
  'map.lock',
  'snapshots.list',
  'snapshots.create',
  'snapshots.get',
  'snapshots.restore',
  'snapshots.delete',
  'prefs.get',
  'prefs.set',
  'print.pdf',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events that main pushes to every window (and the bridge pushes over server-sent events). */
export const EVENTS = ['maps.changed', 'map.changed', 'notice', 'map.saveState'] as const;
export type EventName = (typeof EVENTS)[number];

/** Tells whether a string is a known channel. */
export function isChannel(value: string): value is Channel {
  return (CHANNELS as readonly string[]).includes(value);
}

/** The Electron IPC channel name used for pushing an event. */
export function eventChannel(name: EventName): string {
  return `event:${name}`;
}
