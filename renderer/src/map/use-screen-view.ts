import { useMemo } from 'react';
import type { StylesheetStyle } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import type { CanvasEmphasis } from '../graph/emphasis';
import { toElements, type GraphElement } from '../graph/elements';
import { withOverlay } from '../forcefield/overlay-elements';
import { useOverlay, type ForceFieldOverlay } from '../forcefield/overlay-store';
import { marksFor, shownIds, type Marks } from '../reading/reading-model';
import { SESSION_RULES } from '../session/session-mode';
import { mapVocabulary, vocabularyRules, type MapVocabulary } from '../vocabulary/map-vocabulary';
import type { MapScreenState } from './map-screen-state';

/** What the network view draws, derived from the map and the screen state. */
export interface ScreenView {
  readonly elements: readonly GraphElement[];
  readonly marks: Marks | undefined;
  /** What the map shows under its filters, focus and folded groups (not the search); null while nothing is left out. */
  readonly visibleIds: ReadonlySet<string> | null;
  readonly vocabulary: MapVocabulary;
  readonly extraStyle: readonly StylesheetStyle[];
  readonly edgeLabel: ((kind: string) => string) | null;
  readonly overlay: ForceFieldOverlay;
}

/** Derives the canvas elements, marks, vocabulary and styles of the map screen (memoised). */
export function useScreenView(doc: MapDocument | null, screen: MapScreenState, emphasis: CanvasEmphasis | null): ScreenView {
  const { t } = useTranslation();
  const { reading, areaGroups, edgeLabels, session } = screen;
  const overlay = useOverlay();
  const elements = useMemo(
    () => (doc ? [...withOverlay(toElements(doc, { areaGroups }), doc, overlay), ...(emphasis?.ghosts ?? [])] : []),
    [doc, areaGroups, overlay, emphasis],
  );
  const marks = useMemo(() => (doc ? marksFor(doc, reading) : undefined), [doc, reading]);
  // The other views, such as printing, show what the map shows.
  const visibleIds = useMemo(() => (doc ? shownIds(doc, marksFor(doc, { ...reading, search: '' })) : null), [doc, reading]);
  const vocabulary = useMemo(() => mapVocabulary(doc?.vocabulary, t), [doc?.vocabulary, t]);
  const extraStyle = useMemo(() => [...vocabularyRules(vocabulary), ...(session ? SESSION_RULES : [])], [vocabulary, session]);
  const edgeLabel = useMemo(() => (edgeLabels ? (kind: string) => vocabulary.relationLabel(kind) : null), [edgeLabels, vocabulary]);
  return { elements, marks, visibleIds, vocabulary, extraStyle, edgeLabel, overlay };
}
