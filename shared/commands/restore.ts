import type { MapDocument } from '../domain/map-document';
import { MAP_META_KEYS, type Command, type MapContent } from './command';

/** The one undoable command that puts a snapshot's content (not its name, id or dates) back on the map. */
export function restoreCommand(frozen: MapDocument): Command {
  const content = Object.fromEntries(Object.entries(frozen).filter(([key]) => !MAP_META_KEYS.includes(key))) as unknown as MapContent;
  return { type: 'map.restore', content };
}
