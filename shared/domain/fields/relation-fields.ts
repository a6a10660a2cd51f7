import { z } from 'zod';
import { idSchema, LIMITS } from '../primitives';
import { STRENGTH_MAX, STRENGTH_MIN } from '../vocabulary';
import { field } from './field-spec';

/**
 * The one table of relation fields (see actor-fields.ts). A relation is "tied to a person" when one
 * of its ends is a natural person: anonymised output then drops its free text.
 */
export const RELATION_FIELDS = {
  id: field(idSchema, { value: 'structure', header: 'Id', diffed: false, label: 'exchange.field.id', initial: undefined }),
  from: field(idSchema, { value: 'structure', header: 'Van', label: 'exchange.field.from', initial: undefined }),
  to: field(idSchema, { value: 'structure', header: 'Naar', label: 'exchange.field.to', initial: undefined }),
  kind: field(z.string().min(1).max(60), {
    value: 'text',
    header: 'Soort relatie',
    synonyms: ['soort relatie', 'soort', 'relatie', 'type relatie', 'kind', 'relation', 'relationship', 'connection type', 'label', 'type'],
    control: 'custom',
    column: true,
    label: 'exchange.field.relationKind',
    initial: 'samenwerking',
  }),
  strength: field(z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX), {
    value: 'number',
    header: 'Sterkte',
    synonyms: ['sterkte', 'strength', 'gewicht', 'weight', 'intensiteit'],
    control: 'custom',
    column: true,
    label: 'exchange.field.strength',
    initial: 2,
  }),
  directed: field(z.boolean(), {
    value: 'boolean',
    header: 'Gericht',
    synonyms: ['gericht', 'directed', 'richting', 'direction'],
    control: 'custom',
    column: true,
    label: 'exchange.field.directed',
    initial: false,
  }),
  note: field(z.string().max(LIMITS.text), {
    value: 'text',
    header: 'Toelichting',
    synonyms: ['toelichting', 'omschrijving', 'beschrijving', 'note', 'notes', 'description', 'opmerking'],
    freeText: true,
    control: 'custom',
    label: 'exchange.field.relationNote',
    initial: '',
    maxLength: LIMITS.text,
  }),
  /** Free text date such as "2024" or "2025-03"; empty when unknown. */
  since: field(z.string().max(40), {
    value: 'text',
    header: 'Sinds',
    synonyms: ['sinds', 'since', 'vanaf', 'datum', 'date', 'start'],
    freeText: true,
    control: 'custom',
    column: true,
    label: 'exchange.field.since',
    initial: '',
    maxLength: 40,
  }),
} as const;

/** The key of a relation field. */
export type RelationFieldKey = keyof typeof RELATION_FIELDS;
