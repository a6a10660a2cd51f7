import { describe, expect, it } from 'vitest';
import { contactHasContent, contactsWith, type Contact } from '../../../../shared/domain/meetings';

const contact = (id: string, actorId: string, date: string, text: string, followUp = ''): Contact => ({ id, actorId, date, kind: 'overleg', text, followUp, dueDate: '', done: false });

describe('the contacts of one actor', () => {
  it('counts a contact that says what happened or what follows, not one with only spaces', () => {
    expect(contactHasContent({ text: 'Gebeld', followUp: '' })).toBe(true);
    expect(contactHasContent({ text: '', followUp: 'Mail sturen' })).toBe(true);
    expect(contactHasContent({ text: '  ', followUp: '\n' })).toBe(false);
  });

  it('lists them newest first, the last logged first on the same day, leaving out empty ones and other actors', () => {
    const all = [
      contact('c1', 'a1', '2026-10-01', 'Kennismaking'),
      contact('c2', 'a2', '2026-12-01', 'Ander'),
      contact('c3', 'a1', '2026-11-20', 'Eerst die dag'),
      contact('c4', 'a1', '2026-11-20', 'Later die dag'),
      contact('c5', 'a1', '2026-12-05', ''),
    ];
    expect(contactsWith(all, 'a1').map((c) => c.id)).toEqual(['c4', 'c3', 'c1']);
  });
});
