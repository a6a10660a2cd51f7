import type { Language } from './setup';
import enBase from '../../locales/en.json';
import nlBase from '../../locales/nl.json';

/** Nested strings of one locale file. */
export interface LocaleTree {
  readonly [key: string]: string | LocaleTree;
}

/**
 * Feature files: `renderer/locales/<lang>/<feature>.json` holds the strings of one feature and is
 * reachable as `t('<feature>.…')`. Each feature keeps its own file, so features grow without
 * touching one shared file.
 */
const featureFiles = import.meta.glob<LocaleTree>('../../locales/*/*.json', { eager: true, import: 'default' });

const FEATURE_PATH = /\/locales\/([a-z]{2})\/([a-zA-Z0-9-]+)\.json$/;

/** The strings of one language: the base file plus every feature file under the feature's name. */
export function localeTree(language: Language): LocaleTree {
  const tree: Record<string, string | LocaleTree> = { ...(language === 'nl' ? nlBase : enBase) };
  for (const [path, strings] of Object.entries(featureFiles)) {
    const match = FEATURE_PATH.exec(path);
    if (!match || match[1] !== language) continue;
    const feature = match[2] ?? '';
    if (feature in tree) throw new Error(`Vertaalbestand ${path}: de sleutel '${feature}' bestaat al in de basisvertalingen.`);
    tree[feature] = strings;
  }
  return tree;
}
