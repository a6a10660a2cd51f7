import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceField } from '../../../shared/domain/force-field';
import type { MapDocument } from '../../../shared/domain/map-document';
import { analyseForceField } from '../../../shared/forcefield/analysis';
import { ROUTE_COSTS } from '../../../shared/forcefield/route-costs';
import type { Route } from '../../../shared/forcefield/routes';
import { setOverlay } from './overlay-store';
import { CoalitionSummary } from './coalition-summary';
import { ownOrganisation, rememberOwnOrganisation } from '../own/own-organisation';

interface Props {
  readonly doc: MapDocument;
  readonly field: ForceField;
  readonly showOnMap: (ids: readonly string[]) => void;
}

const ALL = '__all__';

/** Formats a cost with a Dutch decimal comma. */
export function formatCost(n: number, lang: string): string {
  return n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
}

/** The alliance builder ("via wie"): from us to a target, ranked routes in words, shown on the map on request. */
export function AlliancePanel({ doc, field, showOnMap }: Props) {
  const { t, i18n } = useTranslation();
  const usId = useId();
  const targetId = useId();
  const [us, setUsState] = useState<readonly string[]>(() => {
    const own = ownOrganisation(doc.id, doc.actors);
    return own ? [own] : [];
  });
  const setUs = (next: readonly string[]): void => {
    setUsState(next);
    rememberOwnOrganisation(doc.id, next[0] ?? '');
  };
  const [pickUs, setPickUs] = useState('');
  const [target, setTarget] = useState(ALL);
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const stance = new Map(field.entries.map((e) => [e.actorId, e.stance]));
  const analysis = useMemo(
    () => analyseForceField(doc, field, us, target === ALL ? undefined : [target]),
    [doc, field, us, target],
  );
  const sorted = [...doc.actors].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const stanceWord = (s: number | null | undefined): string => t(`forcefield.stanceWord.${s === undefined || s === null ? 'unknown' : s > 0 ? 'pos' : s < 0 ? 'neg' : 'zero'}`);

  const routeText = (r: Route): string => {
    const chain = r.path.slice(1).map((id) => names.get(id) ?? id).join(' → ');
    const n = r.goBetweens.length;
    if (n === 0) return t('forcefield.routes.direct', { chain });
    const words = r.goBetweens.map((g) => stanceWord(g.stance));
    const same = words.every((w) => w === words[0]);
    const tail = n === 1 ? t('forcefield.routes.one', { word: words[0] }) : same ? t(n === 2 ? 'forcefield.routes.twoSame' : 'forcefield.routes.manySame', { count: n, word: words[0] }) : t('forcefield.routes.manyMixed', { count: n, words: words.join(', ') });
    return t('forcefield.routes.via', { chain, tail });
  };
  const show = (r: Route): void => {
    setOverlay({ fieldId: field.id, route: [...r.path, ...r.steps.map((s) => s.relationId)] });
    showOnMap(r.path);
  };

  return (
    <div className="ff-routes">
      <div className="ff-route-form">
        <div className="field">
          <label htmlFor={usId}>{t('forcefield.routes.us')}</label>
          <span className="ff-inline">
            <select id={usId} value={pickUs} onChange={(e) => setPickUs(e.target.value)}>
              <option value="">{t('forcefield.table.pick')}</option>
              {sorted
                .filter((a) => !us.includes(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
            <button
              type="button"
              disabled={!pickUs}
              onClick={() => {
                setUs([...us, pickUs]);
                setPickUs('');
              }}
            >
              {t('forcefield.routes.addUs')}
            </button>
          </span>
          <ul className="ff-chips" aria-label={t('forcefield.routes.usList')}>
            {us.map((id) => (
              <li key={id}>
                {names.get(id) ?? id}
                <button type="button" className="button-quiet button-small" aria-label={t('forcefield.routes.removeUs', { name: names.get(id) ?? id })} onClick={() => setUs(us.filter((x) => x !== id))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="field">
          <label htmlFor={targetId}>{t('forcefield.routes.target')}</label>
          <select id={targetId} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={ALL}>{t('forcefield.routes.allTargets')}</option>
            {sorted
              .filter((a) => !us.includes(a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </div>
      </div>
      {us.length === 0 ? (
        <p className="ff-empty">{t('forcefield.routes.chooseUs')}</p>
      ) : (
        <>
          {analysis.targets.length === 0 ? <p className="ff-empty">{t('forcefield.routes.noTargets')}</p> : null}
          {analysis.targets.map((tr) => (
            <section key={tr.target} className="ff-target" aria-label={names.get(tr.target) ?? tr.target}>
              <h3>
                {names.get(tr.target) ?? tr.target} <span className="ff-muted">({stanceWord(stance.get(tr.target))})</span>
              </h3>
              {tr.routes.length === 0 ? (
                <p className="ff-warning">{t('forcefield.routes.none')}</p>
              ) : (
                <ol className="ff-route-list">
                  {tr.routes.map((r, i) => (
                    <li key={r.path.join('>')} data-testid="alliance-route">
                      <p className="ff-route-text">
                        <strong>{routeText(r)}</strong>{' '}
                        <span className="ff-muted">
                          {t(i === 0 ? 'forcefield.routes.best' : 'forcefield.routes.next', { from: names.get(r.from) ?? r.from, rank: i + 1 })}
                        </span>
                      </p>
                      <details>
                        <summary>{t('forcefield.routes.why', { rank: i + 1 })}</summary>
                        <p className="ff-muted">{t('forcefield.routes.score', { score: formatCost(r.cost, i18n.language) })}</p>
                        <ul>
                          {r.steps.map((s) => (
                            <li key={s.relationId}>
                              {t('forcefield.routes.step', {
                                from: names.get(s.from) ?? s.from,
                                to: names.get(s.to) ?? s.to,
                                kind: t(`relationKind.${s.kind}`, { defaultValue: s.kind }),
                                strength: t(`forcefield.strength.${s.strength}`),
                                cost: formatCost(s.cost, i18n.language),
                              })}
                              {s.against ? ` ${t('forcefield.routes.against')}` : ''}
                            </li>
                          ))}
                          {r.goBetweens.map((g) => (
                            <li key={g.actorId}>
                              {t('forcefield.routes.goBetween', { name: g.name, stance: stanceWord(g.stance), cost: formatCost(g.cost, i18n.language) })}
                            </li>
                          ))}
                        </ul>
                      </details>
                      <button type="button" className="button-small" onClick={() => show(r)}>
                        {t('forcefield.routes.showOnMap')}
                      </button>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          ))}
          {analysis.unreachable.length > 0 ? (
            <section className="ff-target" aria-label={t('forcefield.routes.unreachable')}>
              <h3>{t('forcefield.routes.unreachable')}</h3>
              <p>{analysis.unreachable.map((id) => names.get(id) ?? id).join(', ')}</p>
            </section>
          ) : null}
          <details className="ff-explain">
            <summary>{t('forcefield.routes.howTitle')}</summary>
            <p>
              {t('forcefield.routes.how', {
                weak: formatCost(ROUTE_COSTS.perMissingStrength * 2, i18n.language),
                formal: formatCost(ROUTE_COSTS.formalKind, i18n.language),
              })}
            </p>
          </details>
        </>
      )}
      <CoalitionSummary doc={doc} field={field} />
    </div>
  );
}
