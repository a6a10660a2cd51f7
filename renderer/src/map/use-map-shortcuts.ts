import { useEffect, useRef } from 'react';
import { isModalOpen, isTypingTarget } from '../ui/typing-target';

/** What the map screen does for each shortcut. */
export interface MapShortcutHandlers {
  addActor(): void;
  addRelation(): void;
  deleteSelection(): void;
  undo(): void;
  redo(): void;
  fit(): void;
  clearSelection(): void;
  /** Puts the cursor in the quick-add box (N). */
  focusQuickAdd(): void;
  /** Opens the list of shortcuts (?). */
  showHelp(): void;
  /** Puts the cursor in the search box (Ctrl+F). */
  search(): void;
  /** Copies the chosen actors with their ties (Ctrl+C). */
  copy(): void;
  /** Pastes copied actors (Ctrl+V). */
  paste(): void;
  /** Opens the context menu of the selection, or of the canvas (Shift+F10, the ContextMenu key). */
  contextMenu(): void;
  /** Zooms in (+, =) or out (−). */
  zoomIn(): void;
  zoomOut(): void;
  /** Selects the nearest actor in the arrow's direction. */
  moveLeft(): void;
  moveRight(): void;
  moveUp(): void;
  moveDown(): void;
  /** Opens the selected actor for editing: the cursor goes to its form (Enter). */
  openSelected(): void;
}

/** Shortcuts for moving around the map: they leave widgets that use these keys themselves alone. */
const NAVIGATION: ReadonlySet<keyof MapShortcutHandlers> = new Set(['moveLeft', 'moveRight', 'moveUp', 'moveDown', 'openSelected']);

/** Widgets with their own arrow keys (menus, tabs, lists); there the arrows stay theirs. */
const OWN_ARROWS = '[role="menu"], [role="menubar"], [role="tablist"], [role="listbox"], [role="radiogroup"], [role="grid"], [role="tree"], [role="slider"]';

/** Whether a navigation shortcut may act on a key press aimed at this element. */
export function navigationAllowed(name: keyof MapShortcutHandlers, target: EventTarget | null): boolean {
  if (!NAVIGATION.has(name)) return true;
  if (!(target instanceof HTMLElement) || target === document.body) return true;
  // Enter on a button or link is that control's own click; only the canvas passes it on.
  if (name === 'openSelected') return target.dataset['testid'] === 'graph-canvas';
  return target.closest(OWN_ARROWS) === null;
}

/** Which handler a key press asks for, or null. Pure, so it can be tested without a DOM. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): keyof MapShortcutHandlers | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (key === '?' && !mod) return 'showHelp';
  // + and − (whatever Shift it takes on this keyboard; Ctrl+± stays the window's own zoom).
  if (!mod && (key === '+' || key === '=')) return 'zoomIn';
  if (!mod && (key === '-' || key === '_' || key === '−')) return 'zoomOut';
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !e.shiftKey) return 'redo';
    if (key === 'f' && !e.shiftKey) return 'search';
    if (key === 'c' && !e.shiftKey) return 'copy';
    if (key === 'v' && !e.shiftKey) return 'paste';
    return null;
  }
  if (key === 'contextmenu' || (key === 'f10' && e.shiftKey)) return 'contextMenu';
  if (e.shiftKey && key !== 'delete') return null;
  switch (key) {
    case 'a':
      return 'addActor';
    case 'r':
      return 'addRelation';
    case 'f':
      return 'fit';
    case 'n':
      return 'focusQuickAdd';
    case 'delete':
    case 'backspace':
      return 'deleteSelection';
    case 'escape':
      return 'clearSelection';
    case 'arrowleft':
      return 'moveLeft';
    case 'arrowright':
      return 'moveRight';
    case 'arrowup':
      return 'moveUp';
    case 'arrowdown':
      return 'moveDown';
    case 'enter':
      return 'openSelected';
    default:
      return null;
  }
}

/**
 * Keyboard shortcuts of the map screen: A, R, N, Delete, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, F, +, −, ?,
 * Ctrl+F, Ctrl+C, Ctrl+V, Shift+F10, Escape; arrows and Enter to move between actors and open one.
 * They never fire while the user types in a field or a dialog is open, so Ctrl+Z in a text field
 * stays the field's own undo.
 */
export function useMapShortcuts(handlers: MapShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  }, [handlers]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target) || isModalOpen()) return;
      const name = shortcutFor(e);
      if (!name || !navigationAllowed(name, e.target)) return;
      e.preventDefault();
      ref.current[name]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
