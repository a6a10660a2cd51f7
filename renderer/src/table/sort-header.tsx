import type { SortState } from './table-model';

/** Props of a sortable column header. */
export interface SortHeaderProps<C extends string> {
  readonly column: C;
  readonly label: string;
  readonly sort: SortState<C>;
  readonly onSort: (column: C) => void;
  readonly className?: string;
}

/** A column header whose button sorts the table on that column (again: the other way round). */
export function SortHeader<C extends string>({ column, label, sort, onSort, className }: SortHeaderProps<C>) {
  const active = sort.column === column;
  return (
    <th scope="col" className={className} aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
