import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { canvasRenderer, collectionPrototype, CYTOSCAPE_VERSION, internalsReport } from '../../../../renderer/src/graph/cytoscape-internals';

const packageJson = (path: string): { version?: string; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version?: string; dependencies?: Record<string, string> };

describe('the Cytoscape internals adapter (upgrade canary; the canvas parts are checked in tests/e2e/cytoscape-internals.spec.ts)', () => {
  it('is written for exactly the Cytoscape version package.json pins and npm installed', () => {
    expect(packageJson('../../../../package.json').dependencies?.cytoscape).toBe(CYTOSCAPE_VERSION);
    expect(packageJson('../../../../node_modules/cytoscape/package.json').version).toBe(CYTOSCAPE_VERSION);
  });

  it('finds the shared press switches on every collection, also without a canvas', () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    expect(collectionPrototype(cy)).not.toBeNull();
    expect(internalsReport(cy).pressState).toBe(true);
  });

  it('reports the canvas parts as missing where there is no canvas renderer, so features fall back', () => {
    const cy = cytoscape({ headless: true });
    expect(canvasRenderer(cy)).toBeNull();
    const { pressState, ...canvasParts } = internalsReport(cy);
    expect(pressState).toBe(true);
    expect(Object.values(canvasParts).every((present) => !present)).toBe(true);
  });
});
