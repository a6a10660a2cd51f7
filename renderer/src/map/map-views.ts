import type { ComponentType } from 'react';
import { TableView } from '../table/table-view';
import { VocabularyView } from '../vocabulary/vocabulary-view';
import type { MapDocument } from '../../../shared/domain/map-document';
import { AnalysisView } from '../analysis/analysis-view';
import { MeetingsView } from '../meetings/meetings-view';
import { PrintView } from '../print/print-view';
import { SnapshotsView } from '../snapshots/snapshots-view';
import type { MapController } from './use-map-state';
import { ForceFieldView } from '../forcefield/forcefield-view';

/** What every view of a map gets: the map as main confirmed it, and the way to change it. */
export interface MapViewProps {
  readonly doc: MapDocument;
  readonly controller: MapController;
  /** Switches to the network view and selects/zooms to these actors (and relations). */
  readonly showOnMap: (ids: readonly string[]) => void;
  /** The actors (and relations) the network view shows under its filters/focus; null or absent = all. */
  readonly visibleIds?: ReadonlySet<string> | null;
  /** The part of the map the network view showed when the user left it (model coordinates); null = unknown. */
  readonly viewport?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number } | null;
}

/** One tab of the map screen besides the network ("Kaart"), which the screen draws itself. */
export interface MapView {
  /** Stable id, also used in test ids and the URL-free view state. */
  readonly id: string;
  /** i18next key of the tab's label. */
  readonly labelKey: string;
  readonly Component: ComponentType<MapViewProps>;
}

/**
 * The extra views of a map, in tab order after "Kaart". A feature adds its view here (one line)
 * and keeps its code in its own folder, e.g. `renderer/src/forcefield/`.
 */
export const MAP_VIEWS: readonly MapView[] = [
  { id: 'tabel', labelKey: 'table.tab', Component: TableView },
  { id: 'woordenlijst', labelKey: 'vocabulary.tab', Component: VocabularyView },
  { id: 'krachtenveld', labelKey: 'forcefield.tab', Component: ForceFieldView },
  { id: 'analyse', labelKey: 'analysis.tab', Component: AnalysisView },
  { id: 'momentopnamen', labelKey: 'snapshots.tab', Component: SnapshotsView },
  { id: 'overleggen', labelKey: 'meetings.tab', Component: MeetingsView },
  { id: 'afdrukken', labelKey: 'print.tab', Component: PrintView },
];
