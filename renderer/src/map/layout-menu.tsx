import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContextMenu, type MenuItem } from '../context-menu/context-menu';
import { LAYOUT_KINDS } from '../layouts/run-chosen-layout';
import type { LayoutChoice } from './map-screen-state';

/** Props of the layout menu: the last choice, and what picking does. */
export interface LayoutMenuProps {
  readonly choice: LayoutChoice;
  readonly disabled: boolean;
  /** Picking a layout applies it at once (one undo step). */
  readonly onApply: (choice: LayoutChoice) => void;
  /** "Mijn posities houden" on or off; applies nothing by itself. */
  readonly onKeepPositions: (keep: boolean) => void;
}

/**
 * One control for the layout: the "Indeling" button opens a menu of layouts, and picking one
 * applies it. The "keep my positions" option in the same menu flips without closing it.
 */
export function LayoutMenu({ choice, disabled, onApply, onKeepPositions }: LayoutMenuProps) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const items: MenuItem[] = [
    ...LAYOUT_KINDS.map((kind) => ({ id: kind, label: t(`layouts.option.${kind}`), onSelect: () => onApply({ ...choice, kind }) })),
    {
      id: 'keep',
      label: `${t('layouts.keep')} ${t('layouts.keepHint')}`,
      checked: choice.keepPositions,
      onSelect: () => onKeepPositions(!choice.keepPositions),
    },
  ];
  const open = (): void => {
    const box = button.current?.getBoundingClientRect();
    if (box) setAt({ x: box.left, y: box.bottom + 2 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        disabled={disabled}
        onClick={() => (at ? setAt(null) : open())}
      >
        {t('layouts.kind')}
        <span aria-hidden="true"> ▾</span>
      </button>
      {at ? <ContextMenu at={at} items={items} label={t('layouts.menu')} onClose={() => setAt(null)} /> : null}
    </>
  );
}
