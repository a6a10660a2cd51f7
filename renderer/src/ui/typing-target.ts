const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);

/**
 * True when keyboard input goes into a field (so single-key shortcuts and Ctrl+Z must leave it
 * alone): text inputs, textareas, selects and editable content.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return false;
}

/** True while a modal dialog is open (shortcuts of the page below must not fire). */
export function isModalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
