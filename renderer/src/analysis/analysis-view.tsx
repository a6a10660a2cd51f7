import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from '../../../shared/analysis/options';
import type { MapViewProps } from '../map/map-views';
import type { AnalysisRequest } from './analysis-task';
import './analysis.css';
import { EmphasisControls } from './emphasis-controls';
import { Figures } from './figures';
import { GroupsSection } from './groups-section';
import { MeasureTable } from './measure-table';
import { SiloTable } from './silo-table';
import { TaskProgress } from './task-progress';
import { useAnalysisTask } from './use-analysis-task';

const OPTION_KEYS = ['weighted', 'includeSpanning', 'respectDirection'] as const;

/** The "Analyse" tab: brokers, islands, bridges, communities and silo's of the map, in plain Dutch. */
export function AnalysisView({ doc, showOnMap }: MapViewProps) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<AnalysisOptions>(DEFAULT_ANALYSIS_OPTIONS);
  const [runKey, setRunKey] = useState(0);
  const request = useMemo<AnalysisRequest>(
    () => ({ kind: 'analyse', doc: { actors: doc.actors, relations: doc.relations }, options }),
    // runKey restarts a cancelled calculation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc.actors, doc.relations, options, runKey],
  );
  const { state, cancel } = useAnalysisTask(doc.actors.length > 0 ? request : null);
  const analysis = state.status === 'done' && state.result.kind === 'analyse' ? state.result.analysis : null;

  return (
    <div className="analysis-view" data-testid="analysis-view">
      <header className="view-header">
        <h2>{t('analysis.heading')}</h2>
        <p className="why">{t('analysis.intro')}</p>
      </header>
      {doc.actors.length === 0 ? <p className="empty-state">{t('analysis.empty')}</p> : null}
      <fieldset className="analysis-options">
        <legend>{t('analysis.options.legend')}</legend>
        {OPTION_KEYS.map((key) => (
          <label key={key}>
            <input type="checkbox" checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />{' '}
            {t(`analysis.options.${key}`)}
          </label>
        ))}
      </fieldset>
      <TaskProgress state={state} onCancel={cancel} onRestart={() => setRunKey((k) => k + 1)} />
      {analysis ? (
        <>
          <EmphasisControls mapId={doc.id} analysis={analysis} showOnMap={showOnMap} />
          <Figures analysis={analysis} />
          <section aria-labelledby="brokers-heading">
            <h3 id="brokers-heading">{t('analysis.brokers.heading')}</h3>
            <p className="why">{t('analysis.brokers.why')}</p>
            <div className="table-scroll">
              <MeasureTable analysis={analysis} onShow={showOnMap} />
            </div>
            <details className="formulas">
              <summary>{t('analysis.brokers.formulasTitle')}</summary>
              <p>{t('analysis.brokers.formulas')}</p>
            </details>
          </section>
          <GroupsSection mapId={doc.id} analysis={analysis} onShow={showOnMap} />
          <section aria-labelledby="silo-heading">
            <h3 id="silo-heading">{t('analysis.silo.heading')}</h3>
            <p className="why">{t('analysis.silo.why')}</p>
            <div className="silo-tables">
              <SiloTable caption={t('analysis.silo.byCategory')} rows={analysis.silos.category} translateGroup />
              <SiloTable caption={t('analysis.silo.byArea')} rows={analysis.silos.area} translateGroup={false} />
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
