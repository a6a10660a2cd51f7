import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing, TalkingPoint } from '../../../shared/briefing/briefing';
import type { MapDocument } from '../../../shared/domain/map-document';
import { renderNetworkFigure } from '../../../shared/print';
import { svgDataUrl } from '../print/export-files';

/** Props of the briefing: the map (for the figure) and the computed briefing. */
export interface BriefingViewProps {
  readonly doc: MapDocument;
  readonly briefing: Briefing;
  /** Heading level offset: the on-screen copy sits under the view's h2, the printed copy stands alone. */
  readonly printed?: boolean;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

function usePointText(): (point: TalkingPoint) => string {
  const { t } = useTranslation();
  return (p) => {
    switch (p.kind) {
      case 'tension':
        return t('meetings.briefing.point.tension', { a: p.a.name, b: p.b.name });
      case 'bridge':
        return t('meetings.briefing.point.bridge', { a: p.a.name, b: p.b.name, via: p.via.name });
      case 'introduce':
        return t('meetings.briefing.point.introduce', { a: p.a.name, b: p.b.name });
      case 'win':
        return t('meetings.briefing.point.win', { name: p.actor.name, stance: signed(p.stance), influence: p.influence });
      case 'ally':
        return t('meetings.briefing.point.ally', { name: p.actor.name });
      case 'follow-up':
        return t('meetings.briefing.point.followUp', {
          name: p.actor.name,
          text: p.contact.dueDate ? `${p.contact.followUp} (${t('meetings.briefing.due', { date: p.contact.dueDate })})` : p.contact.followUp,
        });
    }
  };
}

/** The briefing of a meeting, as text: the same component on screen and on paper. */
export function BriefingView({ doc, briefing, printed = false }: BriefingViewProps) {
  const { t } = useTranslation();
  const pointText = usePointText();
  const { meeting } = briefing;
  const figure = useMemo(
    () => (briefing.networkIds.size > 1 ? svgDataUrl(renderNetworkFigure(doc, briefing.networkIds, 170, 95)) : null),
    [doc, briefing.networkIds],
  );
  const H = printed ? 'h1' : 'h2';
  return (
    <article className="briefing" aria-label={`${t('meetings.briefing.heading')}: ${meeting.title}`}>
      <H className="briefing-title">
        {t('meetings.briefing.heading')}: {meeting.title}
      </H>
      <p className="briefing-when">{[meeting.date, meeting.place].filter((s) => s.trim() !== '').join(' · ')}</p>
      {meeting.goal.trim() ? (
        <section>
          <h3>{t('meetings.briefing.goal')}</h3>
          <p className="briefing-text">{meeting.goal}</p>
        </section>
      ) : null}
      {briefing.forceField ? (
        <section>
          <h3>{t('meetings.briefing.question')}</h3>
          <p>{briefing.forceField.question}</p>
        </section>
      ) : null}
      <section>
        <h3>{t('meetings.briefing.participants')}</h3>
        {briefing.participants.length === 0 ? <p className="muted">{t('meetings.briefing.noParticipants')}</p> : null}
        {briefing.participants.map((p) => (
          <div className="briefing-participant" key={p.actor.id}>
            <h4>{p.actor.name}</h4>
            <p className="briefing-role">
              {[t(`category.${p.actor.category}`, { defaultValue: p.actor.category }), p.actor.area].filter((s) => s.trim() !== '').join(' · ')}
              {p.stance ? (
                <>
                  {' · '}
                  <strong>{t('meetings.briefing.stance', { stance: signed(p.stance.stance) })}</strong>
                  {p.stance.influence !== null ? `, ${t('meetings.briefing.influence', { value: p.stance.influence })}` : ''}
                  {p.stance.interest !== null ? `, ${t('meetings.briefing.interest', { value: p.stance.interest })}` : ''}
                </>
              ) : null}
            </p>
            {p.actor.note.trim() ? (
              <p className="briefing-text">
                {t('meetings.briefing.note')}: {p.actor.note}
              </p>
            ) : null}
            <p>
              {t('meetings.briefing.ties')}:{' '}
              {p.ties.length === 0
                ? t('meetings.briefing.noTies')
                : p.ties
                    .map((tie) => `${tie.other.name} (${t(`relationKind.${tie.relation.kind}`, { defaultValue: tie.relation.kind })}${tie.tension ? ` – ${t('meetings.briefing.tension')}` : ''})`)
                    .join('; ')}
            </p>
            <p>
              {t('meetings.briefing.lastContacts')}:{' '}
              {p.lastContacts.length === 0
                ? t('meetings.briefing.noContacts')
                : p.lastContacts.map((c) => `${c.date} ${t(`meetings.contacts.kinds.${c.kind}`)}: ${c.text}`).join('; ')}
            </p>
          </div>
        ))}
      </section>
      <section>
        <h3>{t('meetings.briefing.shared')}</h3>
        {briefing.sharedContacts.length === 0 ? (
          <p className="muted">{t('meetings.briefing.noShared')}</p>
        ) : (
          <ul>
            {briefing.sharedContacts.map((s) => (
              <li key={s.actor.id}>
                <strong>{s.actor.name}</strong> – {t('meetings.briefing.sharedWith', { names: s.participants.map((p) => p.name).join(', ') })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {figure ? (
        <section className="briefing-figure">
          <h3>{t('meetings.briefing.network')}</h3>
          <img src={figure} alt={t('meetings.briefing.networkAlt', { count: briefing.networkIds.size })} width={680} height={380} />
        </section>
      ) : null}
      <section>
        <h3>{t('meetings.briefing.points')}</h3>
        {briefing.talkingPoints.length === 0 ? (
          <p className="muted">{t('meetings.briefing.noPoints')}</p>
        ) : (
          <ul>
            {briefing.talkingPoints.map((p, i) => (
              <li key={i}>{pointText(p)}</li>
            ))}
          </ul>
        )}
      </section>
      {meeting.notes.trim() ? (
        <section>
          <h3>{t('meetings.briefing.notes')}</h3>
          <p className="briefing-text">{meeting.notes}</p>
        </section>
      ) : null}
    </article>
  );
}
