import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VocabularyList } from '../../../shared/commands/command';
import type { VocabularyEntry } from '../../../shared/domain/map-document';
import type { MapViewProps } from '../map/map-views';
import { TextCell } from '../table/cells';
import { distinctCategoryColour } from '../../../shared/visual/encoding';
import { EntryTidy } from './entry-tidy';
import { newEntryId, withEntry } from './map-vocabulary';
import { useVocabulary } from './vocabulary-context';

type List = VocabularyList;

/** A problem with a typed name, as a locale key, or null. */
export function entryNameProblem(label: string, entries: readonly VocabularyEntry[], self: string | null): string | null {
  const clean = label.trim();
  if (!clean) return 'vocabulary.nameEmpty';
  if (entries.some((e) => e.id !== self && e.label.trim().toLocaleLowerCase('nl') === clean.toLocaleLowerCase('nl'))) return 'vocabulary.nameTaken';
  return null;
}

/**
 * The "Woordenlijst" view: the map's own actor categories and relation kinds. Rename and recolour
 * the defaults, add new ones, merge or delete own ones; the canvas, legend, filters and forms
 * follow. Each change is one undoable command.
 */
export function VocabularyView({ doc, controller }: MapViewProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const save = async (list: List, entry: VocabularyEntry): Promise<string | null> =>
    (await controller.run({ type: 'vocabulary.set', vocabulary: withEntry(doc.vocabulary, list, entry) })) ? null : t('vocabulary.notSaved');
  const used = (list: List, id: string) =>
    list === 'categories' ? doc.actors.filter((a) => a.category === id).length : doc.relations.filter((r) => r.kind === id).length;
  const section = (list: List, entries: readonly VocabularyEntry[]) => (
    <section className="vocabulary-section" aria-labelledby={`vocab-${list}`}>
      <h2 id={`vocab-${list}`}>{t(`vocabulary.${list}`)}</h2>
      <table className="data-table vocabulary-table">
        <thead>
          <tr>
            <th scope="col">{t('vocabulary.colour')}</th>
            <th scope="col">{t('vocabulary.name')}</th>
            <th scope="col">{t('vocabulary.used')}</th>
            <th scope="col">{t('vocabulary.tidy')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="col-narrow">
                <ColourInput
                  value={e.colour}
                  label={t('vocabulary.colourOf', { name: e.label })}
                  onCommit={(colour) => void save(list, { ...e, colour })}
                />
              </td>
              <td>
                <TextCell
                  value={e.label}
                  label={t('vocabulary.nameOf', { name: e.label })}
                  maxLength={60}
                  onCommit={async (label) => {
                    const problem = entryNameProblem(label, entries, e.id);
                    return problem ? t(problem) : save(list, { ...e, label: label.trim() });
                  }}
                />
              </td>
              <td>{t('vocabulary.usedCount', { count: used(list, e.id) })}</td>
              <td>
                <EntryTidy list={list} entry={e} entries={entries} used={used(list, e.id)} controller={controller} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddEntry list={list} entries={entries} onAdd={(entry) => save(list, entry)} />
    </section>
  );
  return (
    <div className="vocabulary-view">
      <p className="hint">{t('vocabulary.intro')}</p>
      <div className="vocabulary-columns">
        {section('categories', vocabulary.categories)}
        {section('relationKinds', vocabulary.relationKinds)}
      </div>
    </div>
  );
}

function ColourInput({ value, label, onCommit }: { readonly value: string; readonly label: string; readonly onCommit: (colour: string) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.toLowerCase() !== value.toLowerCase()) onCommit(draft.toUpperCase());
    setDraft(null);
  };
  // The picker reports every step while the user drags; the colour is saved once, when they leave it.
  return <input type="color" className="colour-input" value={draft ?? value} aria-label={label} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />;
}

function AddEntry({ list, entries, onAdd }: { readonly list: List; readonly entries: readonly VocabularyEntry[]; readonly onAdd: (e: VocabularyEntry) => Promise<string | null> }) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  // A new category starts with the colour most unlike the ones the map uses.
  const suggested = list === 'categories' ? distinctCategoryColour(entries.map((e) => e.colour)) : '#777777';
  const [picked, setColour] = useState<string | null>(null);
  const colour = picked ?? suggested;
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const key = entryNameProblem(label, entries, null);
    if (key) {
      setProblem(t(key));
      return;
    }
    const message = await onAdd({ id: newEntryId(label, entries), label: label.trim(), colour: colour.toUpperCase() });
    setProblem(message);
    if (message === null) {
      setLabel('');
      setColour(null);
    }
  };
  return (
    <form className="vocabulary-add" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-name`}>{t(`vocabulary.new.${list}`)}</label>
      <input
        id={`${id}-name`}
        type="text"
        value={label}
        maxLength={60}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setLabel(e.target.value)}
      />
      <input type="color" className="colour-input" value={colour} aria-label={t('vocabulary.newColour')} onChange={(e) => setColour(e.target.value)} />
      <button type="submit">{t('vocabulary.add')}</button>
      {problem ? (
        <p id={`${id}-problem`} className="cell-error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
