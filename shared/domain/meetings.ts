import { z } from 'zod';

/**
 * Meetings (overleggen) and the contact log. Both live in the map document and refer to actors by
 * id; an id whose actor has been removed is skipped when shown (undoing the removal brings it back).
 */

const id = z.string().min(1).max(100);
const shortText = z.string().max(200);
const longText = z.string().max(20_000);
/** A date as the user gave it; the forms give `YYYY-MM-DD`. */
const day = z.string().max(40);

export const meetingSchema = z.object({
  id,
  title: z.string().max(200).refine((s) => s.trim().length > 0, { message: 'mag niet leeg zijn' }),
  date: day,
  place: shortText,
  goal: longText,
  /** Actor ids of the participants, in the order they were added. */
  participants: z.array(id).max(500),
  /** The force field (krachtenveld) this meeting is about, when one is linked. */
  forceFieldId: id.nullable(),
  /** Notes made during or after the meeting. */
  notes: longText,
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingPatchSchema = meetingSchema.omit({ id: true }).partial();
export type MeetingPatch = z.infer<typeof meetingPatchSchema>;

/** What kind of contact it was: an overleg, a phone call or a visit. */
export const CONTACT_KINDS = ['overleg', 'telefoon', 'bezoek'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const contactSchema = z.object({
  id,
  actorId: id,
  date: day,
  kind: z.enum(CONTACT_KINDS),
  /** What happened. */
  text: longText,
  /** What was agreed to do next; empty when nothing. */
  followUp: longText,
  /** When the follow-up is due; empty when no date. */
  dueDate: day,
  /** Whether the follow-up has been done. */
  done: z.boolean(),
});
export type Contact = z.infer<typeof contactSchema>;
export const contactPatchSchema = contactSchema.omit({ id: true }).partial();
export type ContactPatch = z.infer<typeof contactPatchSchema>;

/** Whether a contact says anything (what happened, or what follows): forms refuse an empty one and briefings skip it. */
export function contactHasContent(contact: Pick<Contact, 'text' | 'followUp'>): boolean {
  return contact.text.trim() !== '' || contact.followUp.trim() !== '';
}

/** The contacts with one actor that say anything, newest first (same day: last logged first; undated last). */
export function contactsWith(contacts: readonly Contact[], actorId: string): Contact[] {
  return contacts
    .map((contact, order) => ({ contact, order }))
    .filter(({ contact }) => contact.actorId === actorId && contactHasContent(contact))
    .sort((a, b) => b.contact.date.localeCompare(a.contact.date) || b.order - a.order)
    .map(({ contact }) => contact);
}
