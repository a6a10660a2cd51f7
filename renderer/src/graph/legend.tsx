import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument } from '../../../shared/domain/map-document';
import { FALLBACK_RELATION_STYLE } from '../../../shared/visual/encoding';
import { legendModel, type LegendScope } from './legend-model';
import { LineSwatch, NodeSwatch, SizeSwatch } from './legend-swatches';
import { INK } from './visual-tokens';
import { useVocabulary } from '../vocabulary/vocabulary-context';

/** Above this many categories the legend first shows CATEGORIES_FOLDED of them, with a button for the rest. */
const MANY_CATEGORIES = 10;
const CATEGORIES_FOLDED = 8;

/** Props of the legend: the map it explains. */
export interface LegendProps {
  readonly doc: MapDocument | null;
  /** Start collapsed (e.g. on small screens); the user can always toggle. */
  readonly initiallyOpen?: boolean;
  /** Shown instead of the category colours while nodes are coloured by something else (e.g. stance). */
  readonly colourGroup?: ReactNode;
}

/**
 * The map legend, drawn from the same encoding table as the canvas stylesheet: shapes per actor
 * kind, colours of the categories on the map, line styles of the relation kinds, widths per
 * strength. Collapsible; lists what is on the map or, on request, everything. A long list of
 * categories (an imported map) folds to its first few; nothing is ever cut off.
 */
export function Legend({ doc, initiallyOpen = true, colourGroup }: LegendProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const [scope, setScope] = useState<LegendScope>('present');
  const [allCategories, setAllCategories] = useState(false);
  const vocabulary = useVocabulary();
  const model = useMemo(() => legendModel(doc, scope, vocabulary), [doc, scope, vocabulary]);
  const bodyId = useId();
  const titleId = useId();
  const neutral = INK.neutralFill;
  const manyCategories = model.categories.length > MANY_CATEGORIES;
  const categories = manyCategories && !allCategories ? model.categories.slice(0, CATEGORIES_FOLDED) : model.categories;
  return (
    <section className="legend" aria-labelledby={titleId} data-testid="legend">
      <div className="legend-head">
        <h2 id={titleId} className="legend-title">
          {t('legend.title')}
        </h2>
        <button type="button" className="button-quiet button-small" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {open ? t('legend.hide') : t('legend.show')}
        </button>
      </div>
      {open ? (
        <div id={bodyId} className="legend-body">
          <LegendGroup title={t('legend.kinds')}>
            {model.kinds.map((k) => (
              <li key={k.kind}>
                <NodeSwatch shape={k.shape} fill={neutral} border={INK.neutralBorder} />
                {t(`kind.${k.kind}`)}
              </li>
            ))}
            <li className="legend-wide">
              <SizeSwatch />
              {t('legend.size')}
            </li>
          </LegendGroup>
          {colourGroup ?? null}
          {!colourGroup && model.categories.length > 0 ? (
            <LegendGroup title={t('legend.categories')}>
              {categories.map((c) => (
                <li key={c.id}>
                  <NodeSwatch shape="ellipse" fill={c.fill} border={c.border} size={14} />
                  {vocabulary.categoryLabel(c.id)}
                </li>
              ))}
              {manyCategories ? (
                <li className="legend-wide">
                  <button type="button" className="button-link button-small" aria-expanded={allCategories} onClick={() => setAllCategories(!allCategories)}>
                    {allCategories ? t('legend.fewerCategories') : t('legend.moreCategories', { count: model.categories.length })}
                  </button>
                </li>
              ) : null}
            </LegendGroup>
          ) : null}
          {model.relationKinds.length > 0 ? (
            <LegendGroup title={t('legend.relations')} single>
              {model.relationKinds.map((r) => (
                <li key={r.id}>
                  <LineSwatch line={r.line} colour={r.colour} width={2.5} />
                  {vocabulary.relationLabel(r.id)}
                </li>
              ))}
            </LegendGroup>
          ) : null}
          {model.strengths.length > 0 ? (
            <LegendGroup title={t('legend.strength')}>
              {model.strengths.map((s) => (
                <li key={s.strength}>
                  <LineSwatch line="solid" colour={FALLBACK_RELATION_STYLE.colour} width={s.width} />
                  {t(`strength.${s.strength}`)}
                </li>
              ))}
              {model.showDirected ? (
                <li>
                  <LineSwatch line="solid" colour={FALLBACK_RELATION_STYLE.colour} width={2} arrow />
                  {t('legend.directed')}
                </li>
              ) : null}
            </LegendGroup>
          ) : null}
          <button type="button" className="button-link button-small" onClick={() => setScope(scope === 'all' ? 'present' : 'all')}>
            {scope === 'all' ? t('legend.showPresent') : t('legend.showAll')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function LegendGroup({ title, single = false, children }: { readonly title: string; readonly single?: boolean; readonly children: ReactNode }) {
  const id = useId();
  return (
    <div className={single ? 'legend-group legend-group-single' : 'legend-group'}>
      <h3 id={id}>{title}</h3>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  );
}
