import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorMeasures, MapAnalysis } from '../../../shared/analysis/analyse';
import { formatNumber, formatPercent } from './format';

type SortKey = 'name' | 'kind' | 'degree' | 'weightedDegree' | 'betweennessNormalised' | 'betweenness' | 'closeness' | 'community';

const COLUMNS: readonly { key: SortKey; numeric: boolean; why?: string }[] = [
  { key: 'name', numeric: false },
  { key: 'kind', numeric: false },
  { key: 'betweennessNormalised', numeric: true, why: 'betweennessWhy' },
  { key: 'betweenness', numeric: true, why: 'betweennessRawWhy' },
  { key: 'degree', numeric: true, why: 'degreeWhy' },
  { key: 'weightedDegree', numeric: true, why: 'weightedDegreeWhy' },
  { key: 'closeness', numeric: true, why: 'closenessWhy' },
  { key: 'community', numeric: false },
];

/** Props of the table: the analysis, and what to do when a row asks to be shown on the map. */
export interface MeasureTableProps {
  readonly analysis: MapAnalysis;
  readonly onShow: (ids: readonly string[]) => void;
}

/** The sortable table of measures per actor; every row can be focused on the map. */
export function MeasureTable({ analysis, onShow }: MeasureTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'betweennessNormalised', ascending: false });
  const communityName = useMemo(() => new Map(analysis.communities.map((c) => [c.id, c.name])), [analysis]);
  const rows = useMemo(() => {
    const value = (m: ActorMeasures): string | number =>
      sort.key === 'community' ? (m.community ? (communityName.get(m.community) ?? '') : '') : m[sort.key];
    return [...analysis.actors].sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'nl');
      return (sort.ascending ? order : -order) || a.name.localeCompare(b.name, 'nl');
    });
  }, [analysis, sort, communityName]);
  const lang = i18n.language;
  // Translated once per table, not once per row (a map can have thousands of actors).
  const kindLabels = useMemo(
    () => new Map([...new Set(analysis.actors.map((m) => m.kind))].map((kind) => [kind, t(`kind.${kind}`)])),
    [analysis, t],
  );
  const showText = t('analysis.brokers.show');

  return (
    <table className="measure-table" data-testid="measure-table">
      <caption className="visually-hidden">{t('analysis.brokers.caption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((col) => {
            const current = sort.key === col.key;
            const label = t(`analysis.brokers.${col.key}`);
            return (
              <th
                key={col.key}
                scope="col"
                aria-sort={current ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
                className={col.numeric ? 'num' : undefined}
              >
                <button
                  type="button"
                  className="sort-button"
                  title={col.why ? t(`analysis.brokers.${col.why}`) : undefined}
                  onClick={() => setSort({ key: col.key, ascending: current ? !sort.ascending : !col.numeric })}
                >
                  {label}
                  <span aria-hidden="true">{current ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
          <th scope="col">
            <span className="visually-hidden">{t('analysis.brokers.show')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            <td>{kindLabels.get(m.kind)}</td>
            <td className="num">
              <span className="bar" style={{ width: `${Math.round(m.betweennessNormalised * 60)}px` }} aria-hidden="true" />
              {formatPercent(m.betweennessNormalised, lang)}
            </td>
            <td className="num">{formatNumber(m.betweenness, lang, 0)}</td>
            <td className="num">{m.degree}</td>
            <td className="num">{m.weightedDegree}</td>
            <td className="num">{formatPercent(m.closeness, lang)}</td>
            <td>{m.community ? communityName.get(m.community) : '–'}</td>
            <td>
              <button type="button" className="link-button" aria-label={t('analysis.brokers.showLabel', { name: m.name })} onClick={() => onShow([m.id])}>
                {showText}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
