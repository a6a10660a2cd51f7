import { spawn } from 'node:child_process';

/** The command that opens a URL in the default browser on each OS. */
export function browserCommand(platform: NodeJS.Platform, url: string): { readonly command: string; readonly args: readonly string[] } {
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Tries to open the URL in the default browser, detached. Every failure (no xdg-open, no desktop)
 * is ignored: the address is already printed, so the user can open it by hand.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = browserCommand(platform, url);
  try {
    const child = spawn(command, [...args], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener on this machine; the printed address is enough.
  }
}
