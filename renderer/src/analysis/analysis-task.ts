import { analyseMap, type MapAnalysis, type ProgressListener } from '../../../shared/analysis/analyse';
import { diffMaps, type MapDiff } from '../../../shared/analysis/diff';
import type { AnalysisOptions } from '../../../shared/analysis/options';
import type { MapDocument } from '../../../shared/domain/map-document';

type Doc = Pick<MapDocument, 'actors' | 'relations'>;

/** Work the analysis worker does: analyse one map, or compare two moments. */
export type AnalysisRequest =
  | { readonly kind: 'analyse'; readonly doc: Doc; readonly options: AnalysisOptions }
  | { readonly kind: 'diff'; readonly before: Doc; readonly after: Doc; readonly options: AnalysisOptions; readonly own: readonly string[] };

/** The answer to a request. */
export type AnalysisResult = { readonly kind: 'analyse'; readonly analysis: MapAnalysis } | { readonly kind: 'diff'; readonly diff: MapDiff };

/** What the worker posts back. */
export type AnalysisResponse =
  | { readonly type: 'progress'; readonly step: string; readonly fraction: number }
  | { readonly type: 'done'; readonly result: AnalysisResult }
  | { readonly type: 'error'; readonly message: string };

/** Runs one request with the shared pure functions (in the worker, or inline as a fallback). */
export function runAnalysisTask(request: AnalysisRequest, onProgress: ProgressListener): AnalysisResult {
  if (request.kind === 'analyse') return { kind: 'analyse', analysis: analyseMap(request.doc, request.options, onProgress) };
  onProgress('vergelijken', 0.1);
  const diff = diffMaps(request.before, request.after, request.options, request.own);
  onProgress('klaar', 1);
  return { kind: 'diff', diff };
}
