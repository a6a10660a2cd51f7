import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { buildBriefing } from '../../../shared/briefing/briefing';
import { newId } from '../../../shared/domain/ids';
import type { Meeting } from '../../../shared/domain/meetings';
import type { MapViewProps } from '../map/map-views';
import { BriefingView } from './briefing-view';
import { ContactLog } from './contact-log';
import { MeetingForm } from './meeting-form';
import { MeetingOutcome } from './meeting-outcome';
import { todayIso } from '../ui/local-date';
import './meetings.css';

/**
 * The "Overleggen" view: meetings with their briefing (screen and print), and the contact log with
 * open follow-ups. Every change is an undoable command.
 */
export function MeetingsView({ doc, controller }: MapViewProps) {
  const { t } = useTranslation();
  const today = todayIso();
  const [selected, setSelected] = useState<string | null>(doc.meetings[0]?.id ?? null);
  const [draft, setDraft] = useState<Meeting | null>(null);
  const current = draft ?? doc.meetings.find((m) => m.id === selected) ?? null;
  const briefing = useMemo(() => (current && !draft ? buildBriefing(doc, current) : null), [doc, current, draft]);

  const startNew = (): void =>
    setDraft({ id: newId(), title: '', date: today, place: '', goal: '', participants: [], forceFieldId: null, notes: '' });
  const save = async (meeting: Meeting): Promise<void> => {
    const exists = doc.meetings.some((m) => m.id === meeting.id);
    const { id, ...patch } = meeting;
    const ok = await controller.run(exists ? { type: 'meeting.update', id, patch } : { type: 'meeting.add', meeting });
    if (ok) {
      setDraft(null);
      setSelected(meeting.id);
    }
  };
  const remove = async (id: string): Promise<void> => {
    if (await controller.run({ type: 'meeting.remove', id })) setSelected(null);
  };

  return (
    <div className="meetings-view">
      <aside className="meetings-side">
        <h2>{t('meetings.list')}</h2>
        <button type="button" className="button-primary" onClick={startNew}>
          {t('meetings.new')}
        </button>
        {doc.meetings.length === 0 && !draft ? <p className="muted">{t('meetings.none')}</p> : null}
        <ul className="meeting-list">
          {doc.meetings.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                aria-current={!draft && m.id === current?.id ? 'true' : undefined}
                className={!draft && m.id === current?.id ? 'meeting-item meeting-item-current' : 'meeting-item'}
                onClick={() => {
                  setDraft(null);
                  setSelected(m.id);
                }}
              >
                <span>{m.title || t('meetings.untitled')}</span>
                <span className="muted">{m.date}</span>
              </button>
            </li>
          ))}
        </ul>
        <ContactLog doc={doc} run={controller.run} today={today} />
      </aside>
      <div className="meetings-main">
        {current ? (
          <MeetingForm
            key={current.id + (draft ? '-nieuw' : '')}
            doc={doc}
            meeting={current}
            isNew={draft !== null}
            onSave={(m) => void save(m)}
            onDelete={() => void remove(current.id)}
          />
        ) : null}
        {briefing ? (
          <div className="briefing-screen">
            <button type="button" className="button-primary briefing-print" onClick={() => window.print()}>
              {t('meetings.briefing.print')}
            </button>
            <BriefingView doc={doc} briefing={briefing} />
            {current ? <MeetingOutcome key={current.id} doc={doc} meeting={current} run={controller.run} /> : null}
            {createPortal(
              <div className="print-briefing" aria-hidden="true">
                <style>{'@page { size: A4 portrait; margin: 15mm; }'}</style>
                <BriefingView doc={doc} briefing={briefing} printed />
              </div>,
              document.body,
            )}
          </div>
        ) : null}
      </div>
    </div>
  );
}
