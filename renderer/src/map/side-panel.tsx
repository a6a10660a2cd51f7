import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../shared/commands/command';
import type { Actor, MapDocument, Relation } from '../../../shared/domain/map-document';
import { ActorContacts } from '../meetings/actor-contacts';
import { todayIso } from '../ui/local-date';
import { ActorForm } from './actor-form';
import type { ActorFormValues } from './actor-form-model';
import { OverviewPanel } from './overview-panel';
import { ForgetPersonButton } from '../privacy/forget-person-button';
import { useToastSlot } from '../feedback/toast-context';
import type { Panel } from './panel';
import { RelationForm } from './relation-form';
import type { RelationFormValues } from './relation-form-model';

/** What the side panel can ask the map screen to do. */
export interface PanelActions {
  /** Sends any command (the contact history uses it); true when main confirmed it. */
  run(command: Command): Promise<boolean>;
  select(group: 'nodes' | 'edges', id: string): void;
  close(): void;
  addActor(values: ActorFormValues): Promise<boolean>;
  updateActor(actor: Actor, values: ActorFormValues): Promise<boolean>;
  removeActor(actor: Actor): void;
  addRelation(values: RelationFormValues): Promise<boolean>;
  updateRelation(relation: Relation, values: RelationFormValues): Promise<boolean>;
  removeRelation(relation: Relation): void;
}

/** Props of the side panel: the map, what the panel shows (already resolved against the map). */
export interface SidePanelProps {
  readonly doc: MapDocument;
  readonly panel: Panel;
  readonly actions: PanelActions;
  /** The panel's body, where the form is (Enter on the map puts the cursor in it). */
  readonly bodyRef?: Ref<HTMLDivElement>;
  /** Whether the map (and so this panel) is on screen; toasts only go to its foot then. */
  readonly shown?: boolean;
}

function titleKey(panel: Panel): string {
  switch (panel.mode) {
    case 'overview':
      return 'overview.title';
    case 'new-actor':
      return 'actor.newTitle';
    case 'actor':
      return 'actor.editTitle';
    case 'new-relation':
      return 'relation.newTitle';
    case 'relation':
      return 'relation.editTitle';
  }
}

/**
 * The right-hand panel: the overview, or the form of a new or selected actor or relation. Toasts
 * appear at its foot, so they never cover the map or the selected actor.
 */
export function SidePanel({ doc, panel, actions, bodyRef, shown = true }: SidePanelProps) {
  const { t } = useTranslation();
  const toastSlot = useToastSlot();
  const headingId = useId();
  const actor = panel.mode === 'actor' ? doc.actors.find((a) => a.id === panel.id) : undefined;
  const relation = panel.mode === 'relation' ? doc.relations.find((r) => r.id === panel.id) : undefined;
  const relationCount = actor ? doc.relations.filter((r) => r.from === actor.id || r.to === actor.id).length : 0;

  return (
    <aside className="side-panel" aria-labelledby={headingId} data-testid="side-panel" data-panel="zijpaneel">
      <div className="panel-head">
        <h2 id={headingId}>{t(titleKey(panel))}</h2>
        {panel.mode !== 'overview' ? (
          <button type="button" className="button-quiet button-small" onClick={actions.close}>
            {t('form.close')}
          </button>
        ) : null}
      </div>
      <div className="panel-body" ref={bodyRef}>
        {panel.mode === 'overview' ? <OverviewPanel doc={doc} onSelect={actions.select} /> : null}
        {panel.mode === 'new-actor' ? <ActorForm key="new-actor" actor={null} relationCount={0} onSave={actions.addActor} actors={doc.actors} /> : null}
        {actor ? (
          <ActorForm
            key={actor.id}
            actor={actor}
            relationCount={relationCount}
            actors={doc.actors}
            onSave={(values) => actions.updateActor(actor, values)}
            onDelete={() => actions.removeActor(actor)}
          />
        ) : null}
        {actor ? <ActorContacts key={`contacts-${actor.id}`} contacts={doc.contacts} actorId={actor.id} run={actions.run} today={todayIso()} /> : null}
        {actor?.isPerson ? <ForgetPersonButton key={`forget-${actor.id}`} mapId={doc.id} actor={actor} onForgotten={actions.close} /> : null}
        {panel.mode === 'new-relation' ? (
          doc.actors.length < 2 ? (
            <p className="hint">{t('relation.needActors')}</p>
          ) : (
            <RelationForm key="new-relation" relation={null} actors={doc.actors} initialFrom={panel.from} onSave={actions.addRelation} />
          )
        ) : null}
        {relation ? (
          <RelationForm
            key={relation.id}
            relation={relation}
            actors={doc.actors}
            onSave={(values) => actions.updateRelation(relation, values)}
            onDelete={() => actions.removeRelation(relation)}
          />
        ) : null}
      </div>
      {/* Only while the map is shown: on other tabs the panel is hidden, and toasts go to the window corner. */}
      {shown ? <div className="toast-slot" ref={toastSlot} /> : null}
    </aside>
  );
}
