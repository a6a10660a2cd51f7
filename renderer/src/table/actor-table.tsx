import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, ActorPatch } from '../../../shared/domain/map-document';
import { ACTOR_KINDS } from '../../../shared/domain/vocabulary';
import { useVocabulary } from '../vocabulary/vocabulary-context';
import type { ActorTextKey } from '../map/actor-form-model';
import type { MapViewProps } from '../map/map-views';
import { CheckCell, SelectCell, ShowOnMapCell, TextCell } from './cells';
import { SortHeader } from './sort-header';
import {
  ACTOR_TEXT_COLUMNS,
  actorKey,
  nameProblem,
  nextSort,
  parseInfluence,
  parseTags,
  sortRows,
  toggleSelection,
  type ActorColumn,
  type CellProblem,
  type SortState,
} from './table-model';
import { useTableCommit } from './use-table-commit';

/** Props of the actor table: the map, the visible rows' filter and the selection (owned by the view). */
export interface ActorTableProps extends MapViewProps {
  readonly actors: readonly Actor[];
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (selected: Set<string>) => void;
}

/**
 * All actors as rows, every cell edited in place (each change one undoable command), sortable by
 * any column, with a checkbox per row for bulk edits (Shift+click selects a range).
 */
export function ActorTable({ controller, showOnMap, actors, selected, onSelect }: ActorTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<SortState<ActorColumn>>({ column: 'name', direction: 'ascending' });
  const [anchor, setAnchor] = useState<string | null>(null);
  const commit = useTableCommit(controller);
  const vocabulary = useVocabulary();
  const label = (column: ActorColumn, value: string) => (column === 'kind' ? t(`kind.${value}`, { defaultValue: value }) : vocabulary.categoryLabel(value));
  const rows = useMemo(
    () => sortRows(actors, (a) => actorKey(a, sort.column, label), sort.direction, i18n.language),
    // `label` only depends on `t`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [actors, sort, t, vocabulary, i18n.language],
  );
  const order = rows.map((a) => a.id);
  const allOn = rows.length > 0 && rows.every((a) => selected.has(a.id));
  const update = (actor: Actor, problem: CellProblem, patch: () => ActorPatch) =>
    commit(problem, () => ({ type: 'actor.update', id: actor.id, patch: patch() }));
  const categories = vocabulary.categories.map((c) => ({ value: c.id, label: c.label }));
  const kinds = ACTOR_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const header = (column: Exclude<ActorColumn, ActorTextKey>, className?: string) => (
    <SortHeader column={column} label={t(`table.actorColumn.${column}`)} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} className={className} />
  );

  const clickRow = (e: MouseEvent<HTMLInputElement>, id: string) => {
    onSelect(toggleSelection(selected, order, id, anchor, e.shiftKey));
    setAnchor(id);
  };

  return (
    <table className="data-table" aria-label={t('table.actorsCaption')} data-testid="actor-table">
      <thead>
        <tr>
          <th scope="col" className="col-check">
            <input
              type="checkbox"
              aria-label={t('table.selectAll')}
              checked={allOn}
              onChange={() => onSelect(allOn ? new Set() : new Set(order))}
            />
          </th>
          {header('name')}
          {header('kind')}
          {header('category')}
          {header('influence', 'col-narrow')}
          {ACTOR_TEXT_COLUMNS.map(([key, spec]) => (
            <SortHeader key={key} column={key} label={t(spec.label)} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} />
          ))}
          {header('tags')}
          {header('isPerson', 'col-narrow')}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} className={selected.has(a.id) ? 'is-selected' : undefined}>
            <td className="col-check">
              <input type="checkbox" aria-label={t('table.selectRow', { name: a.name })} checked={selected.has(a.id)} onChange={() => undefined} onClick={(e) => clickRow(e, a.id)} />
            </td>
            <td>
              <TextCell value={a.name} label={t('table.cell.name', { name: a.name })} width="wide" onCommit={(v) => update(a, nameProblem(v), () => ({ name: v.trim() }))} />
            </td>
            <td>
              <SelectCell value={a.kind} label={t('table.cell.kind', { name: a.name })} options={kinds} onCommit={(v) => update(a, null, () => ({ kind: v === 'informeel' ? 'informeel' : 'formeel' }))} />
            </td>
            <td>
              <SelectCell value={a.category} label={t('table.cell.category', { name: a.name })} options={categories} onCommit={(v) => update(a, null, () => ({ category: v }))} />
            </td>
            <td className="col-narrow">
              <TextCell
                value={String(a.influence)}
                label={t('table.cell.influence', { name: a.name })}
                inputMode="numeric"
                width="narrow"
                maxLength={3}
                onCommit={(v) => {
                  const parsed = parseInfluence(v);
                  return 'value' in parsed ? update(a, null, () => ({ influence: parsed.value })) : update(a, parsed.problem, () => ({}));
                }}
              />
            </td>
            {ACTOR_TEXT_COLUMNS.map(([key, spec]) => (
              <td key={key}>
                <TextCell
                  value={a[key] ?? ''}
                  label={t('table.cell.field', { field: t(spec.label), name: a.name })}
                  maxLength={spec.maxLength}
                  onCommit={(v) => update(a, null, () => ({ [key]: v.trim() }))}
                />
              </td>
            ))}
            <td>
              <TextCell
                value={a.tags.join(', ')}
                label={t('table.cell.tags', { name: a.name })}
                maxLength={2000}
                onCommit={(v) => update(a, null, () => ({ tags: parseTags(v) }))}
              />
            </td>
            <td className="col-narrow">
              <CheckCell value={a.isPerson} label={t('table.cell.isPerson', { name: a.name })} onCommit={(v) => update(a, null, () => ({ isPerson: v }))} />
            </td>
            <ShowOnMapCell name={a.name} onShow={() => showOnMap([a.id])} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
