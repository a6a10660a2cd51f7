import type { MenuItemConstructorOptions } from 'electron';

/** What the menu depends on; passed in so the template stays a pure, testable value. */
export interface MenuOptions {
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  /** Shows the "Over Wijkweb" panel. */
  readonly onAbout: () => void;
}

/**
 * The small Dutch application menu. Undo and redo are deliberately absent: they are map commands
 * handled by the renderer (through the API), not text-field edits.
 */
export function buildMenuTemplate({ isDev, platform, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(isDev
      ? ([
          { role: 'reload', label: 'Herladen' },
          { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: 'Werkelijke grootte' },
    { role: 'zoomIn', label: 'Inzoomen' },
    { role: 'zoomOut', label: 'Uitzoomen' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Volledig scherm' },
  ];
  return [
    ...(isMac ? ([{ role: 'appMenu', label: 'Wijkweb' }] satisfies MenuItemConstructorOptions[]) : []),
    { label: 'Bestand', submenu: [{ role: 'quit', label: 'Afsluiten' }] },
    {
      label: 'Bewerken',
      submenu: [
        { role: 'cut', label: 'Knippen' },
        { role: 'copy', label: 'Kopiëren' },
        { role: 'paste', label: 'Plakken' },
        { type: 'separator' },
        { role: 'selectAll', label: 'Alles selecteren' },
      ],
    },
    { label: 'Beeld', submenu: view },
    { label: 'Help', role: 'help', submenu: [{ label: 'Over Wijkweb', click: () => onAbout() }] },
  ];
}
