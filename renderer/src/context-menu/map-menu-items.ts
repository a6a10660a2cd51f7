import type { TFunction } from 'i18next';
import type { MenuTarget } from '../graph/canvas-types';
import type { MenuItem } from './context-menu';

/** What the map screen does for each context-menu entry. */
export interface MapMenuHandlers {
  editActor(id: string): void;
  connectFrom(id: string): void;
  focusOn(id: string): void;
  copyActor(id: string): void;
  removeActor(id: string): void;
  editRelation(id: string): void;
  removeRelation(id: string): void;
  addActorHere(): void;
  paste(): void;
  fit(): void;
  layout(): void;
}

/** What the menus depend on besides the target. */
export interface MapMenuContext {
  readonly canPaste: boolean;
  readonly hasActors: boolean;
}

/**
 * The entries of the context menu for an actor (bewerken, verbinden met…, focus, kopiëren,
 * verwijderen), a relation (bewerken, verwijderen) or the empty canvas (actor toevoegen hier, plakken,
 * passend maken, indeling).
 */
export function mapMenuItems(target: MenuTarget | null, h: MapMenuHandlers, ctx: MapMenuContext, t: TFunction): MenuItem[] {
  if (target?.group === 'nodes') {
    const id = target.id;
    return [
      { id: 'edit', label: t('contextMenu.edit'), onSelect: () => h.editActor(id) },
      { id: 'connect', label: t('contextMenu.connect'), onSelect: () => h.connectFrom(id), shortcut: 'R' },
      { id: 'focus', label: t('contextMenu.focus'), onSelect: () => h.focusOn(id) },
      { id: 'copy', label: t('contextMenu.copy'), onSelect: () => h.copyActor(id), shortcut: 'Ctrl+C' },
      { id: 'remove', label: t('contextMenu.remove'), onSelect: () => h.removeActor(id), shortcut: 'Delete' },
    ];
  }
  if (target?.group === 'edges') {
    const id = target.id;
    return [
      { id: 'edit', label: t('contextMenu.edit'), onSelect: () => h.editRelation(id) },
      { id: 'remove', label: t('contextMenu.remove'), onSelect: () => h.removeRelation(id), shortcut: 'Delete' },
    ];
  }
  return [
    { id: 'add', label: t('contextMenu.addHere'), onSelect: h.addActorHere },
    { id: 'paste', label: t('contextMenu.paste'), onSelect: h.paste, disabled: !ctx.canPaste, shortcut: 'Ctrl+V' },
    { id: 'fit', label: t('contextMenu.fit'), onSelect: h.fit, disabled: !ctx.hasActors, shortcut: 'F' },
    { id: 'layout', label: t('contextMenu.layout'), onSelect: h.layout, disabled: !ctx.hasActors },
  ];
}
