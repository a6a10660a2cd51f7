import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Position } from '../../../shared/domain/map-document';

/** One entry of a context menu. */
export interface MenuItem {
  readonly id: string;
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  /** Shown after the label, e.g. "Ctrl+C". */
  readonly shortcut?: string;
  /** An on/off option (role menuitemcheckbox): choosing it flips it and leaves the menu open. */
  readonly checked?: boolean;
}

/** Props of a context menu: where it opens, what it offers, its accessible name, how it closes. */
export interface ContextMenuProps {
  readonly at: Position;
  readonly items: readonly MenuItem[];
  readonly label: string;
  readonly onClose: () => void;
}

/** The next enabled item from `from` in direction `step` (wrapping), or `from` when none is enabled. */
export function nextEnabled(items: readonly Pick<MenuItem, 'disabled'>[], from: number, step: 1 | -1): number {
  for (let i = 1; i <= items.length; i += 1) {
    const j = (((from + step * i) % items.length) + items.length) % items.length;
    if (!items[j]?.disabled) return j;
  }
  return from;
}

/**
 * An accessible context menu (role=menu): the first item has focus; ↑/↓ move (wrapping), Home/End
 * jump, Enter/Space choose, Escape or Tab or a click elsewhere close it and give focus back.
 * It stays inside the window.
 */
export function ContextMenu({ at, items, label, onClose }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => nextEnabled(items, -1, 1));
  const [place, setPlace] = useState(at);
  const returnFocus = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPlace({ x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)) });
  }, [at]);

  // The latest onClose, so a re-render of the screen behind the menu (a save finishing, a new
  // callback) neither re-runs the effect below nor sends the focus back while the menu is open.
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    returnFocus.current = document.activeElement;
    const onDown = (e: MouseEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) onCloseRef.current();
    };
    document.addEventListener('mousedown', onDown, true);
    return () => {
      document.removeEventListener('mousedown', onDown, true);
      const back = returnFocus.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  useEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [active]);

  const choose = (item: MenuItem | undefined) => {
    if (!item || item.disabled) return;
    if (item.checked === undefined) onClose();
    item.onSelect();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    switch (e.key) {
      case 'ArrowDown':
        setActive((i) => nextEnabled(items, i, 1));
        break;
      case 'ArrowUp':
        setActive((i) => nextEnabled(items, i, -1));
        break;
      case 'Home':
        setActive(nextEnabled(items, -1, 1));
        break;
      case 'End':
        setActive(nextEnabled(items, items.length, -1));
        break;
      case 'Enter':
      case ' ':
        choose(items[active]);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={label}
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item, i) => (
        <button
          key={item.id}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          tabIndex={i === active ? 0 : -1}
          aria-disabled={item.disabled ? true : undefined}
          className="context-menu-item"
          onClick={() => choose(item)}
          onMouseEnter={() => !item.disabled && setActive(i)}
        >
          <span>
            {item.checked === undefined ? null : <span aria-hidden="true">{item.checked ? '☑ ' : '☐ '}</span>}
            {item.label}
          </span>
          {item.shortcut ? <kbd className="context-menu-key">{item.shortcut}</kbd> : null}
        </button>
      ))}
    </div>
  );
}
