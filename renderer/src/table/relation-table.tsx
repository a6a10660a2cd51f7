import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapDocument, Relation, RelationPatch } from '../../../shared/domain/map-document';
import { STRENGTH_MAX, STRENGTH_MIN } from '../../../shared/domain/vocabulary';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import type { MapController } from '../map/use-map-state';
import { CheckCell, SelectCell, ShowOnMapCell, TextCell } from './cells';
import { SortHeader } from './sort-header';
import { nextSort, relationChangeProblem, sortRows, type RelationColumn, type SortState } from './table-model';
import { useTableCommit } from './use-table-commit';

/** Props of the relation table: the map, the rows to show, and where "Op kaart" leads. */
export interface RelationTableProps {
  readonly doc: MapDocument;
  readonly controller: MapController;
  readonly relations: readonly Relation[];
  readonly showOnMap: (ids: readonly string[]) => void;
}

const STRENGTHS = Array.from({ length: STRENGTH_MAX - STRENGTH_MIN + 1 }, (_, i) => String(STRENGTH_MIN + i));

/**
 * All relations as rows: ends, kind, strength, direction and date edited in place. A change that
 * would tie an actor to itself or duplicate another relation is refused at the cell.
 */
export function RelationTable({ doc, controller, relations, showOnMap }: RelationTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<SortState<RelationColumn>>({ column: 'from', direction: 'ascending' });
  const commit = useTableCommit(controller);
  const vocabulary = useVocabulary();
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const nameOf = (id: string) => names.get(id) ?? id;
  const rows = useMemo(() => {
    const key = (r: Relation): string | number | boolean => {
      switch (sort.column) {
        case 'from':
        case 'to':
          return names.get(r[sort.column]) ?? '';
        case 'kind':
          return vocabulary.relationLabel(r.kind);
        case 'strength':
          return r.strength;
        case 'directed':
          return r.directed;
        case 'since':
          return r.since;
      }
    };
    return sortRows(relations, key, sort.direction, i18n.language);
  }, [relations, sort, names, vocabulary, i18n.language]);
  const actorOptions = useMemo(() => {
    const collator = new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true });
    return [...doc.actors].sort((a, b) => collator.compare(a.name, b.name)).map((a) => ({ value: a.id, label: a.name }));
  }, [doc.actors, i18n.language]);
  const kinds = vocabulary.relationKinds.map((k) => ({ value: k.id, label: k.label }));
  const strengths = STRENGTHS.map((s) => ({ value: s, label: t(`strength.${s}`) }));
  const update = (r: Relation, patch: RelationPatch) =>
    commit(relationChangeProblem(doc, r, patch), () => ({ type: 'relation.update', id: r.id, patch }));
  const header = (column: RelationColumn, className?: string) => (
    <SortHeader column={column} label={t(`table.relationColumn.${column}`)} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} className={className} />
  );

  return (
    <table className="data-table" aria-label={t('table.relationsCaption')} data-testid="relation-table">
      <thead>
        <tr>
          {header('from')}
          {header('to')}
          {header('kind')}
          {header('strength')}
          {header('directed', 'col-narrow')}
          {header('since')}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const what = t('table.relationName', { from: nameOf(r.from), to: nameOf(r.to) });
          return (
            <tr key={r.id}>
              <td>
                <SelectCell value={r.from} label={t('table.cell.from', { what })} options={actorOptions} onCommit={(v) => update(r, { from: v })} />
              </td>
              <td>
                <SelectCell value={r.to} label={t('table.cell.to', { what })} options={actorOptions} onCommit={(v) => update(r, { to: v })} />
              </td>
              <td>
                <SelectCell value={r.kind} label={t('table.cell.relationKind', { what })} options={kinds} onCommit={(v) => update(r, { kind: v })} />
              </td>
              <td>
                <SelectCell value={String(r.strength)} label={t('table.cell.strength', { what })} options={strengths} onCommit={(v) => update(r, { strength: Number(v) })} />
              </td>
              <td className="col-narrow">
                <CheckCell value={r.directed} label={t('table.cell.directed', { what })} onCommit={(v) => update(r, { directed: v })} />
              </td>
              <td>
                <TextCell value={r.since} label={t('table.cell.since', { what })} maxLength={40} onCommit={(v) => update(r, { since: v.trim() })} />
              </td>
              <ShowOnMapCell name={what} onShow={() => showOnMap([r.id])} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
