/** Files larger than this are refused before parsing (a wijk map is kilobytes; the biggest research graphs a few MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** At most this many problems are kept per file; the rest is summarised. */
export const MAX_PROBLEMS = 500;
/** Nesting depth of groups (compound actors) that is followed; deeper nesting is flattened. */
export const MAX_GROUP_DEPTH = 20;
