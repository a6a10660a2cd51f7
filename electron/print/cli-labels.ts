import nlBase from '../../renderer/locales/nl.json';
import nlPrint from '../../renderer/locales/nl/print.json';
import { printLabels, type PrintLabels } from '../../shared/print';

type Tree = { readonly [key: string]: string | Tree };

/** Looks a dotted key up in the Dutch locale files (base + print), filling in {{placeholders}}. */
function translate(key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const tree: Tree = { ...(nlBase as Tree), print: nlPrint as Tree };
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The Dutch print labels for use outside the UI (the command line), from the same locale files. */
export function dutchPrintLabels(): PrintLabels {
  return printLabels(translate);
}
