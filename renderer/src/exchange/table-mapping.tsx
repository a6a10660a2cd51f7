import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf, type ColumnMapping, type CsvRole } from '../../../shared/io/csv-columns';
import type { CsvTable } from '../../../shared/io/csv';

/** Props of the mapping editor of one CSV table. */
export interface TableMappingProps {
  readonly table: CsvTable;
  readonly role: CsvRole;
  readonly mapping: ColumnMapping;
  readonly onRole: (role: CsvRole) => void;
  readonly onMapping: (mapping: ColumnMapping) => void;
}

const PREVIEW_ROWS = 5;

/** The locale key of a field's label (relation kind and note differ from the actor ones). */
function fieldLabelKey(role: CsvRole, field: string): string {
  if (role === 'relations' && field === 'kind') return 'exchange.field.relationKind';
  if (role === 'relations' && field === 'note') return 'exchange.field.relationNote';
  return `exchange.field.${field}`;
}

/** Role of a table, one select per field to pick its column, and a preview of the first rows. */
export function TableMapping({ table, role, mapping, onRole, onMapping }: TableMappingProps) {
  const { t } = useTranslation();
  const id = useId();
  const fields = fieldsOf(role);
  return (
    <div className="import-table">
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('exchange.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => onRole(e.target.value as CsvRole)}>
          <option value="actors">{t('exchange.roleActors')}</option>
          <option value="relations">{t('exchange.roleRelations')}</option>
        </select>
      </div>
      <fieldset className="import-mapping">
        <legend>{t('exchange.mapping')}</legend>
        <p className="hint">{t('exchange.mappingHint')}</p>
        <div className="import-mapping-grid">
          {fields.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{t(fieldLabelKey(role, field))}</label>
              <select
                id={`${id}-${field}`}
                value={mapping[field] === undefined ? '' : String(mapping[field])}
                onChange={(e) => {
                  const next: ColumnMapping = { ...mapping };
                  if (e.target.value === '') delete next[field];
                  else next[field] = Number(e.target.value);
                  onMapping(next);
                }}
              >
                <option value="">{t('exchange.notUsed')}</option>
                {table.headers.map((header, i) => (
                  <option key={i} value={i}>
                    {header || `#${i + 1}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="import-preview" role="region" aria-label={t('exchange.preview', { name: table.file })} tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('exchange.preview', { name: table.file })}</caption>
          <thead>
            <tr>
              {table.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {table.headers.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
