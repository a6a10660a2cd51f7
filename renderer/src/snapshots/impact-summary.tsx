import { useTranslation } from 'react-i18next';
import { isEmptyDiff, type FieldChange, type MapDiff, type MeasureChange } from '../../../shared/analysis/diff';
import { formatNumber } from '../analysis/format';
import { StanceChanges } from './stance-changes';

/** Props of the summary: the comparison, what it compares, and the actions around it. */
export interface ImpactSummaryProps {
  readonly diff: MapDiff;
  readonly mapName: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  /** Name of "our organisation", whose changed ties are listed first; null when none is chosen. */
  readonly ownName: string | null;
  /** Shows the differences on the current map; absent when the comparison is not with now. */
  readonly onShowOnMap?: (() => void) | undefined;
  readonly onClose: () => void;
}

/** The printable impact summary (VINDEN): what changed in the network and in its ties. */
export function ImpactSummary({ diff, mapName, fromLabel, toLabel, ownName, onShowOnMap, onClose }: ImpactSummaryProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const value = (m: MeasureChange, v: number | null) =>
    m.key === 'density' || m.key === 'averagePathLength' ? formatNumber(v, lang, m.key === 'density' ? 3 : 2) : v === null ? '–' : String(v);
  const changes = (list: readonly FieldChange[]) =>
    list.map((c) => `${t(`snapshots.impact.fields.${c.field}`, { defaultValue: c.field })}: ${c.from || '–'} → ${c.to || '–'}`).join('; ');
  const kind = (id: string) => t(`relationKind.${id}`, { defaultValue: id });
  const list = (title: string, items: readonly string[], testId: string) => (
    <section className="impact-list" data-testid={testId}>
      <h4>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="why">{t('snapshots.impact.none')}</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <article className="impact-summary" aria-labelledby="impact-heading" data-testid="impact-summary">
      <div className="impact-actions">
        {onShowOnMap ? (
          <button type="button" onClick={onShowOnMap}>
            {t('snapshots.impact.showOnMap')}
          </button>
        ) : null}
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('snapshots.impact.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('snapshots.impact.close')}
        </button>
      </div>
      <h3 id="impact-heading">{t('snapshots.impact.heading', { from: fromLabel, to: toLabel })}</h3>
      <p className="why">{t('snapshots.impact.printedOn', { map: mapName, date: new Date().toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL') })}</p>
      {isEmptyDiff(diff) ? <p>{t('snapshots.impact.nothing')}</p> : null}
      <table className="diff-table" data-testid="impact-measures">
        <caption>{t('snapshots.impact.measures')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshots.impact.measure')}</th>
            <th scope="col">{t('snapshots.impact.before')}</th>
            <th scope="col">{t('snapshots.impact.after')}</th>
          </tr>
        </thead>
        <tbody>
          {diff.measures.map((m) => (
            <tr key={m.key} className={m.from === m.to ? undefined : 'changed-row'}>
              <th scope="row">{t(`snapshots.impact.labels.${m.key}`)}</th>
              <td>{value(m, m.from)}</td>
              <td>
                {value(m, m.to)}
                {m.from !== m.to ? <span className="visually-hidden"> ({t('snapshots.impact.change.changed')})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ownName !== null ? (
        <section className="impact-list" data-testid="impact-own">
          <h4>{t('snapshots.impact.ownTies', { name: ownName })}</h4>
          {diff.ownTies.length === 0 ? (
            <p className="why">{t('snapshots.impact.ownTiesNone', { name: ownName })}</p>
          ) : (
            <ul>
              {diff.ownTies.map((o) => (
                <li key={`${o.change}-${o.relation.id}`}>
                  <strong>{t(`snapshots.impact.change.${o.change}`)}</strong>: {o.relation.fromName} — {o.relation.toName} ({kind(o.relation.kind)})
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <StanceChanges fields={diff.forceFields} />
      <div className="impact-columns">
        {list(
          t('snapshots.impact.relationsAdded'),
          diff.relations.added.map((r) => `${r.fromName} — ${r.toName} (${kind(r.kind)})`),
          'impact-relations-added',
        )}
        {list(
          t('snapshots.impact.relationsRemoved'),
          diff.relations.removed.map((r) => `${r.fromName} — ${r.toName} (${kind(r.kind)})`),
          'impact-relations-removed',
        )}
        {list(
          t('snapshots.impact.relationsChanged'),
          diff.relations.changed.map((r) => `${r.fromName} — ${r.toName}: ${changes(r.changes)}`),
          'impact-relations-changed',
        )}
        {list(t('snapshots.impact.actorsAdded'), diff.actors.added.map((a) => a.name), 'impact-actors-added')}
        {list(t('snapshots.impact.actorsRemoved'), diff.actors.removed.map((a) => a.name), 'impact-actors-removed')}
        {list(
          t('snapshots.impact.actorsChanged'),
          diff.actors.changed.map((a) => `${a.name}: ${changes(a.changes)}`),
          'impact-actors-changed',
        )}
      </div>
      <p>
        <strong>{t('snapshots.impact.brokersBefore')}:</strong> {diff.topBrokers.before.join(', ') || '–'}
        <br />
        <strong>{t('snapshots.impact.brokersAfter')}:</strong> {diff.topBrokers.after.join(', ') || '–'}
      </p>
    </article>
  );
}
