import { LIMITS } from './primitives';

/** Longest tag (label) in characters. */
export const TAG_MAX_LENGTH = 60;

/**
 * Splits typed or imported tags ("huiskamer, #taal cafe | buurt") into clean tags: split on comma,
 * bar or semicolon, trimmed, a leading # dropped, at most 60 characters, no empty ones or repeats,
 * at most `LIMITS.tags`. The one reader of tags for forms, table cells and imports.
 */
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,|;]/)) {
    const tag = raw.trim().replace(/^#/, '').slice(0, TAG_MAX_LENGTH).trim();
    if (tag && !out.includes(tag)) out.push(tag);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}

/** Tags as one line to edit ("huiskamer, taal cafe"). */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
