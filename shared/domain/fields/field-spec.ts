import type { z } from 'zod';

/**
 * What one field of an actor or relation is, for every part of the app that reads fields: the
 * schema, import and export, anonymising and forgetting a person, the snapshot diff, the form and
 * the table. The tables themselves are in `actor-fields.ts` and `relation-fields.ts`.
 */

/**
 * The kind of value, which decides how a field is read from an imported cell, written to an
 * export (GraphML/GEXF attribute type) and shown in a diff. `structure` fields (id, ends of a
 * relation, group, position) are written by each exporter as the graph itself, not as an attribute.
 */
export type FieldValue = 'text' | 'number' | 'boolean' | 'tags' | 'structure';

/** How a field is edited in the actor or relation form; `custom` fields have their own control there. */
export type FormControl = 'text' | 'textarea' | 'tel' | 'email' | 'url' | 'custom' | 'none';

/**
 * Whether a field goes into exports (CSV, Excel, GraphML, GEXF, Cytoscape): always, only when the
 * user asks for contact details (DESIGN: contact details are never exported unless asked), or never.
 * The `.wijkweb` file is the map itself and always holds every field.
 */
export type ExportRule = 'always' | 'on-request' | 'never';

/** One field of the table. */
export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  /** The zod schema of the value; optional schemas keep older files valid. */
  readonly schema: S;
  readonly value: FieldValue;
  /** The Dutch column header in CSV and Excel and attribute name in GraphML and GEXF. */
  readonly header: string;
  /** Other column headers (lower case) an import recognises for this field; the header itself counts too. */
  readonly synonyms: readonly string[];
  /**
   * Personal data when the actor is a natural person: anonymised output drops it (the name becomes
   * the pseudonym) and "Verwijder persoon" removes it with the actor.
   */
  readonly personal: boolean;
  /**
   * Identifies the person wherever it is written (name, phone, e-mail, street): "Verwijder persoon"
   * replaces it in every other text, snapshot and backup, and anonymised output in every other text.
   */
  readonly identifying: boolean;
  /** Free text: names of persons in it are replaced when anonymising; dropped when it is tied to a person. */
  readonly freeText: boolean;
  readonly exported: ExportRule;
  /** Compared by the snapshot diff ("what changed since March"). */
  readonly diffed: boolean;
  readonly control: FormControl;
  /** A column of the table view. */
  readonly column: boolean;
  /** A form section the field is shown in (locale key `fieldGroup.<group>`); absent for the main part. */
  readonly group?: 'contactDetails' | 'address';
  /** The locale key of the field's label (form, table, import wizard, diff). */
  readonly label: string;
  /** The value a new item gets; undefined for optional fields that are left out. */
  readonly initial: z.infer<S> | undefined;
  /** The longest text a text field takes (imported text is cut to it). */
  readonly maxLength?: number;
}

type Defaults = 'synonyms' | 'personal' | 'identifying' | 'freeText' | 'exported' | 'diffed' | 'control' | 'column';

/** A field of the table: the schema plus what differs from a plain, exported, diffed field without a control. */
export function field<S extends z.ZodType>(schema: S, spec: Omit<FieldSpec<S>, 'schema' | Defaults> & Partial<Pick<FieldSpec<S>, Defaults>>): FieldSpec<S> {
  return {
    schema,
    synonyms: [],
    personal: false,
    identifying: false,
    freeText: false,
    exported: 'always',
    diffed: true,
    control: 'none',
    column: false,
    ...spec,
  };
}

/** The zod shape of a field table: key → schema, so the item's type follows from the table. */
export type ShapeOf<T extends Readonly<Record<string, FieldSpec>>> = { -readonly [K in keyof T]: T[K]['schema'] };

/** Builds the zod shape of a field table. */
export function shapeOf<T extends Readonly<Record<string, FieldSpec>>>(table: T): ShapeOf<T> {
  return Object.fromEntries(Object.entries(table).map(([key, spec]) => [key, spec.schema])) as ShapeOf<T>;
}

/** The entries of a field table in order, with their keys typed. */
export function fieldEntries<T extends Readonly<Record<string, FieldSpec>>>(table: T): [keyof T & string, FieldSpec][] {
  return Object.entries(table) as [keyof T & string, FieldSpec][];
}
