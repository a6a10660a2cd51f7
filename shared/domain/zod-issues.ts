import { z } from 'zod';
import { nl } from 'zod/v4/locales';

z.config(nl());

/** Formats a path such as `['actors', 3, 'influence']` as `actors[3].influence`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turns zod issues into Dutch lines that say where ("actors[3].influence: …"). */
export function formatIssues(error: z.ZodError, limit = 20): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = formatPath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > limit) lines.push(`… en nog ${error.issues.length - limit} problemen`);
  return lines;
}
