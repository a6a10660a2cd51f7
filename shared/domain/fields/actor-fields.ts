import { z } from 'zod';
import { idSchema, LIMITS, nonBlank, positionSchema } from '../primitives';
import { ACTOR_KINDS, INFLUENCE_MAX, INFLUENCE_MIN } from '../vocabulary';
import { field } from './field-spec';

const optionalText = (max: number) => z.string().max(max).optional();

/**
 * What contact details and address share: personal data of a person, exported only when asked,
 * not compared in snapshots, absent until filled in. `identifying` is set per field.
 */
const CONTACT_DETAIL = { value: 'text', personal: true, exported: 'on-request', diffed: false, initial: undefined } as const;

/**
 * The one table of actor fields. The actor schema, the factory, import columns, every exporter,
 * anonymising, "Verwijder persoon", the snapshot diff, the actor form and the table all read it:
 * a new field is a new row here plus its locale entries (docs/architecture.md, "How to add a field").
 * The order is the column order of CSV and Excel exports and of the import wizard.
 */
export const ACTOR_FIELDS = {
  id: field(idSchema, { value: 'structure', header: 'Id', diffed: false, label: 'exchange.field.id', initial: undefined }),
  name: field(nonBlank(LIMITS.name), {
    value: 'text',
    header: 'Naam',
    synonyms: ['naam', 'name', 'label', 'actor', 'organisatie', 'organization', 'titel', 'title'],
    personal: true,
    identifying: true,
    freeText: true,
    control: 'custom',
    column: true,
    label: 'actor.name',
    initial: '',
    maxLength: LIMITS.name,
  }),
  kind: field(z.enum(ACTOR_KINDS), {
    value: 'text',
    header: 'Type',
    synonyms: ['type', 'soort', 'vorm', 'kind', 'soort actor', 'formeel/informeel'],
    control: 'custom',
    column: true,
    label: 'actor.kind',
    initial: 'formeel',
  }),
  category: field(z.string().min(1).max(60), {
    value: 'text',
    header: 'Categorie',
    synonyms: ['categorie', 'category', 'sector', 'domein', 'element type'],
    control: 'custom',
    column: true,
    label: 'actor.category',
    initial: 'overig',
  }),
  note: field(z.string().max(LIMITS.text), {
    value: 'text',
    header: 'Omschrijving',
    synonyms: ['omschrijving', 'toelichting', 'beschrijving', 'description', 'notitie', 'note', 'notes', 'opmerking', 'opmerkingen'],
    personal: true,
    freeText: true,
    control: 'textarea',
    label: 'actor.note',
    initial: '',
    maxLength: LIMITS.text,
  }),
  area: field(z.string().max(LIMITS.name), {
    value: 'text',
    header: 'Buurt',
    synonyms: ['buurt', 'wijk', 'area', 'gebied', 'neighbourhood', 'neighborhood', 'locatie', 'location'],
    personal: true,
    freeText: true,
    control: 'text',
    column: true,
    label: 'actor.area',
    initial: '',
    maxLength: LIMITS.name,
  }),
  influence: field(z.number().int().min(INFLUENCE_MIN).max(INFLUENCE_MAX), {
    value: 'number',
    header: 'Invloed',
    synonyms: ['invloed', 'influence', 'macht', 'power'],
    control: 'custom',
    column: true,
    label: 'actor.influence',
    initial: 3,
  }),
  tags: field(z.array(z.string().min(1).max(60)).max(LIMITS.tags), {
    value: 'tags',
    header: 'Labels',
    synonyms: ['labels', 'tags', 'trefwoorden', 'keywords'],
    personal: true,
    freeText: true,
    column: true,
    label: 'table.actorColumn.tags',
    initial: [],
  }),
  /** A natural person (resident, sleutelfiguur): personal data, anonymised in print and export. */
  isPerson: field(z.boolean(), {
    value: 'boolean',
    header: 'Persoon',
    synonyms: ['persoon', 'person', 'is persoon', 'natuurlijk persoon', 'ispersoon', 'isperson'],
    control: 'custom',
    column: true,
    label: 'actor.isPerson',
    initial: false,
  }),
  /** Contact details: how to reach the actor (not the contact log, which is `contacts` in the map). */
  phone: field(optionalText(60), {
    ...CONTACT_DETAIL,
    header: 'Telefoon',
    synonyms: ['telefoon', 'telefoonnummer', 'tel', 'tel.', 'mobiel', 'phone', 'telephone', 'mobile'],
    identifying: true,
    control: 'tel',
    column: true,
    group: 'contactDetails',
    label: 'actor.phone',
    maxLength: 60,
  }),
  email: field(optionalText(254), {
    ...CONTACT_DETAIL,
    header: 'E-mail',
    synonyms: ['e-mail', 'email', 'e-mailadres', 'emailadres', 'mail', 'e-mail address'],
    identifying: true,
    control: 'email',
    column: true,
    group: 'contactDetails',
    label: 'actor.email',
    maxLength: 254,
  }),
  website: field(optionalText(500), {
    ...CONTACT_DETAIL,
    header: 'Website',
    synonyms: ['website', 'site', 'url', 'web', 'internet'],
    identifying: true,
    control: 'url',
    group: 'contactDetails',
    label: 'actor.website',
    maxLength: 500,
  }),
  /** The address: street and number, postcode, place (woonplaats). */
  streetAddress: field(optionalText(LIMITS.name), {
    ...CONTACT_DETAIL,
    header: 'Adres',
    synonyms: ['adres', 'straat', 'straat en huisnummer', 'straat + huisnummer', 'address', 'street', 'street address'],
    identifying: true,
    control: 'text',
    group: 'address',
    label: 'actor.streetAddress',
    maxLength: LIMITS.name,
  }),
  postcode: field(optionalText(20), {
    ...CONTACT_DETAIL,
    header: 'Postcode',
    synonyms: ['postcode', 'zip', 'zipcode', 'zip code', 'postal code', 'postcode en plaats'],
    identifying: true,
    control: 'text',
    group: 'address',
    label: 'actor.postcode',
    maxLength: 20,
  }),
  town: field(optionalText(100), {
    ...CONTACT_DETAIL,
    header: 'Plaats',
    synonyms: ['plaats', 'woonplaats', 'town', 'city', 'stad'],
    control: 'text',
    group: 'address',
    label: 'actor.town',
    maxLength: 100,
  }),
  /** Where the actor stands on the canvas; null while it has never been placed. */
  position: field(positionSchema.nullable(), { value: 'structure', header: 'Positie', diffed: false, label: 'exchange.field.x', initial: null }),
  /** The organisation or team this actor is part of (a compound group on the canvas); absent or null at top level. */
  parentId: field(idSchema.nullable().optional(), { value: 'structure', header: 'Groep', diffed: false, label: 'groups.parent', initial: undefined }),
} as const;

/** The key of an actor field. */
export type ActorFieldKey = keyof typeof ACTOR_FIELDS;
