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
}

/** Which handler a key press asks for, or null. Pure, so it can be tested without a DOM. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): keyof MapShortcutHandlers | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (key === '?' && !mod) return 'showHelp';
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
    default:
      return null;
  }
}

/**
 * Keyboard shortcuts of the map screen: A, R, N, Delete, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, F, ?, Ctrl+F, Ctrl+C, Ctrl+V, Shift+F10, Escape.
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
      if (!name) return;
      e.preventDefault();
      ref.current[name]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
