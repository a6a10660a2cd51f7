import { useTranslation } from 'react-i18next';
import type { MapAnalysis } from '../../../shared/analysis/analyse';
import { formatNumber } from './format';

/** The whole-map figures, each with one line on why it matters. */
export function Figures({ analysis: a }: { readonly analysis: MapAnalysis }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const items: { key: string; value: string }[] = [
    {
      key: 'actors',
      value: t('analysis.figures.actorsValue', {
        total: a.actorCount,
        formeel: a.counts.actorsByKind.formeel ?? 0,
        informeel: a.counts.actorsByKind.informeel ?? 0,
      }),
    },
    {
      key: 'relations',
      value:
        a.excludedRelationCount > 0
          ? t('analysis.figures.relationsExcluded', { count: a.relationCount, excluded: a.excludedRelationCount })
          : t('analysis.figures.relationsValue', { count: a.relationCount }),
    },
    { key: 'islands', value: String(a.islands.length) },
    { key: 'isolated', value: String(a.isolated.length) },
    { key: 'bridges', value: t('analysis.figures.bridgesValue', { count: a.bridges.relationIds.length, actors: a.bridges.actorIds.length }) },
    { key: 'communities', value: String(a.communities.length) },
    { key: 'density', value: formatNumber(a.density, lang) },
    {
      key: 'pathLength',
      value: a.averagePathLength === null ? '–' : t('analysis.figures.pathLengthValue', { value: formatNumber(a.averagePathLength, lang, 2) }),
    },
  ];
  return (
    <section aria-labelledby="figures-heading">
      <h3 id="figures-heading">{t('analysis.figures.heading')}</h3>
      <dl className="figures" data-testid="analysis-figures">
        {items.map((item) => (
          <div key={item.key} className="figure">
            <dt>{t(`analysis.figures.${item.key}`)}</dt>
            <dd className="figure-value" data-testid={`figure-${item.key}`}>
              {item.value}
            </dd>
            <dd className="why">{t(`analysis.figures.${item.key}Why`)}</dd>
          </div>
        ))}
      </dl>
      {a.estimate && (
        <p className="note" data-testid="analysis-estimate">
          {t('analysis.figures.estimate', {
            sources: formatNumber(a.estimate.sources, lang, 0),
            of: formatNumber(a.estimate.of, lang, 0),
            error: formatNumber(2 * a.estimate.topStandardError, lang, 3),
          })}
        </p>
      )}
    </section>
  );
}
