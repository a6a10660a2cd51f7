import type { MapDocument } from '../../../shared/domain/map-document';
import { ACTOR_KINDS, type ActorKind } from '../../../shared/domain/vocabulary';
import {
  ACTOR_KIND_SHAPE,
  CATEGORY_COLOUR,
  categoryColour,
  RELATION_KIND_STYLE,
  relationStyle,
  STRENGTH_WIDTH,
  type LineStyle,
  type NodeShape,
} from '../../../shared/visual/encoding';
import { borderColour } from './visual-tokens';

/** A map's own colours and entries (see renderer/src/vocabulary); the encoding table when absent. */
export interface LegendVocabulary {
  readonly categories: readonly { readonly id: string }[];
  readonly relationKinds: readonly { readonly id: string }[];
  categoryColour(id: string): string;
  relationColour(id: string): string;
}

/** One actor-kind row: its shape. */
export interface KindEntry {
  readonly kind: ActorKind;
  readonly shape: NodeShape;
}

/** One category row: fill and border as on the canvas. */
export interface CategoryEntry {
  readonly id: string;
  readonly fill: string;
  readonly border: string;
}

/** One relation-kind row: line style and colour as on the canvas. */
export interface RelationKindEntry {
  readonly id: string;
  readonly line: LineStyle;
  readonly colour: string;
}

/** One strength row: its line width. */
export interface StrengthEntry {
  readonly strength: number;
  readonly width: number;
}

/** Everything the legend shows, read from the encoding table. */
export interface LegendModel {
  readonly kinds: readonly KindEntry[];
  readonly categories: readonly CategoryEntry[];
  readonly relationKinds: readonly RelationKindEntry[];
  readonly strengths: readonly StrengthEntry[];
  readonly showDirected: boolean;
}

/** Whether the legend lists what is on the map, or the whole vocabulary. */
export type LegendScope = 'present' | 'all';

/** Known ids in table order, then unknown ones in order of appearance. */
function ordered(present: ReadonlySet<string>, table: readonly string[]): string[] {
  const known = table.filter((id) => present.has(id));
  const unknown = [...present].filter((id) => !table.includes(id));
  return [...known, ...unknown];
}

/**
 * Builds the legend from the same encoding table the stylesheet is generated from. With scope
 * 'present' only categories and relation kinds that occur on the map are listed; shapes are
 * always shown, strengths once the map has a relation.
 */
export function legendModel(doc: MapDocument | null, scope: LegendScope, vocabulary?: LegendVocabulary): LegendModel {
  const actors = doc?.actors ?? [];
  const relations = doc?.relations ?? [];
  const all = scope === 'all';
  const categoryTable = vocabulary ? vocabulary.categories.map((c) => c.id) : Object.keys(CATEGORY_COLOUR);
  const kindTable = vocabulary ? vocabulary.relationKinds.map((r) => r.id) : Object.keys(RELATION_KIND_STYLE);
  const categoryIds = all ? categoryTable : ordered(new Set(actors.map((a) => a.category)), categoryTable);
  const kindIds = all ? kindTable : ordered(new Set(relations.map((r) => r.kind)), kindTable);
  const strengthsShown = all || relations.length > 0;
  return {
    kinds: ACTOR_KINDS.map((kind) => ({ kind, shape: ACTOR_KIND_SHAPE[kind] })),
    categories: categoryIds.map((id) => {
      const fill = vocabulary ? vocabulary.categoryColour(id) : categoryColour(id);
      return { id, fill, border: borderColour(fill) };
    }),
    relationKinds: kindIds.map((id) => {
      const style = relationStyle(id);
      return { id, line: style.line, colour: vocabulary ? vocabulary.relationColour(id) : style.colour };
    }),
    strengths: strengthsShown
      ? Object.entries(STRENGTH_WIDTH).map(([strength, width]) => ({ strength: Number(strength), width }))
      : [],
    showDirected: all || relations.some((r) => r.directed),
  };
}
