import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, Relation } from '../../../shared/domain/map-document';
import { useToast } from '../feedback/toast-context';
import type { MapViewProps } from '../map/map-views';
import { ActorTable } from './actor-table';
import { BulkBar } from './bulk-bar';
import { useActorClipboard } from '../clipboard/use-actor-clipboard';
import { RelationTable } from './relation-table';
import { bulkCommand, type BulkEdit } from './table-model';

type Part = 'actors' | 'relations';

function matches(text: string, ...values: readonly string[]): boolean {
  const q = text.trim().toLocaleLowerCase();
  return q === '' || values.some((v) => v.toLocaleLowerCase().includes(q));
}

/**
 * The "Tabel" view: actors or relations as an editable, sortable table with a filter, and bulk
 * edits for selected actors. Every change is a command, so Ctrl+Z undoes it like on the map.
 */
export function TableView({ doc, controller, showOnMap }: MapViewProps) {
  const clipboard = useActorClipboard(controller, doc);
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const [part, setPart] = useState<Part>('actors');
  const [filter, setFilter] = useState('');
  const [rawSelected, setSelected] = useState<Set<string>>(new Set());
  const selected = useMemo(() => new Set(doc.actors.filter((a) => rawSelected.has(a.id)).map((a) => a.id)), [doc.actors, rawSelected]);
  const names = useMemo(() => new Map(doc.actors.map((a) => [a.id, a.name])), [doc.actors]);
  const actors: readonly Actor[] = useMemo(() => doc.actors.filter((a) => matches(filter, a.name, a.area, a.category, ...a.tags)), [doc.actors, filter]);
  const relations: readonly Relation[] = useMemo(
    () => doc.relations.filter((r) => matches(filter, names.get(r.from) ?? '', names.get(r.to) ?? '', r.kind, r.since)),
    [doc.relations, filter, names],
  );

  const applyBulk = async (edit: BulkEdit) => {
    const command = bulkCommand(doc, selected, edit);
    if (!command) {
      toast.info(t('table.bulk.nothing'));
      return;
    }
    const count = command.type === 'batch' ? command.commands.length : 1;
    if (await controller.run(command)) toast.info(t('table.bulk.done', { count }));
  };

  return (
    <div className="table-view">
      <div className="table-tools">
        <div className="segmented" role="group" aria-label={t('table.part')}>
          <button type="button" aria-pressed={part === 'actors'} onClick={() => setPart('actors')}>
            {t('table.actors', { count: doc.actors.length })}
          </button>
          <button type="button" aria-pressed={part === 'relations'} onClick={() => setPart('relations')}>
            {t('table.relations', { count: doc.relations.length })}
          </button>
        </div>
        <label htmlFor={`${id}-filter`}>{t('table.filter')}</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <p className="hint table-hint">{t('table.hint')}</p>
      </div>
      {part === 'actors' && selected.size > 0 ? (
        <BulkBar
          count={selected.size}
          onApply={(edit) => void applyBulk(edit)}
          onClear={() => setSelected(new Set())}
          onCopy={() => clipboard.copy([...selected])}
        />
      ) : null}
      <div className="table-scroll">
        {part === 'actors' ? (
          doc.actors.length === 0 ? (
            <p className="hint table-empty">{t('table.noActors')}</p>
          ) : (
            <ActorTable doc={doc} controller={controller} showOnMap={showOnMap} actors={actors} selected={selected} onSelect={setSelected} />
          )
        ) : doc.relations.length === 0 ? (
          <p className="hint table-empty">{t('table.noRelations')}</p>
        ) : (
          <RelationTable doc={doc} controller={controller} relations={relations} showOnMap={showOnMap} />
        )}
      </div>
    </div>
  );
}
