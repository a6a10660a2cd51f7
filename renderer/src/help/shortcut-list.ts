/** One keyboard shortcut as the help overlay lists it. */
export interface ShortcutEntry {
  /** Keys as shown, each in its own `<kbd>`; alternatives are separate entries of `alternatives`. */
  readonly keys: readonly string[];
  readonly alternatives?: readonly (readonly string[])[];
  /** Key in the `help` locale file. */
  readonly labelKey: string;
}

/** Every shortcut of the map screen, in the order the help overlay lists them. */
export const MAP_SHORTCUTS: readonly ShortcutEntry[] = [
  { keys: ['N'], labelKey: 'help.quickAdd' },
  { keys: ['A'], labelKey: 'help.addActor' },
  { keys: ['R'], labelKey: 'help.addRelation' },
  { keys: ['Delete'], alternatives: [['Backspace']], labelKey: 'help.delete' },
  { keys: ['Ctrl', 'Z'], labelKey: 'help.undo' },
  { keys: ['Ctrl', 'Shift', 'Z'], alternatives: [['Ctrl', 'Y']], labelKey: 'help.redo' },
  { keys: ['Ctrl', 'F'], labelKey: 'help.search' },
  { keys: ['Shift', 'klik'], labelKey: 'help.pick' },
  { keys: ['Ctrl', 'C'], labelKey: 'help.copy' },
  { keys: ['Ctrl', 'V'], labelKey: 'help.paste' },
  { keys: ['Shift', 'F10'], alternatives: [['Menu']], labelKey: 'help.contextMenu' },
  { keys: ['F'], labelKey: 'help.fit' },
  { keys: ['+'], alternatives: [['−']], labelKey: 'help.zoom' },
  { keys: ['←'], alternatives: [['↑'], ['→'], ['↓']], labelKey: 'help.arrows' },
  { keys: ['Enter'], labelKey: 'help.openSelected' },
  { keys: ['Esc'], labelKey: 'help.clear' },
  { keys: ['?'], labelKey: 'help.help' },
];
