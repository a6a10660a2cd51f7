// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPdf, findChromium, OFFLINE_CHROMIUM_FLAGS } from '../../../../electron/print/chromium-pdf';

const chromium = findChromium();

interface NetLog {
  readonly constants: { readonly logEventTypes: Record<string, number> };
  readonly events: readonly { readonly type: number; readonly params?: Record<string, unknown> }[];
}

/** Chromium's network log (`--log-net-log`); a log cut off at exit is closed first. */
function readNetLog(path: string): NetLog {
  const text = readFileSync(path, 'utf8').trim();
  return JSON.parse(text.endsWith('}') ? text : `${text.replace(/,\s*$/, '')}]}`) as NetLog;
}

/** The address of Chromium's IPv6 reachability probe: a UDP socket is "connected" to it, but no packet is sent. */
const IPV6_PROBE = '[2001:4860:4860::8888]:443';

/**
 * What left (or tried to leave) the machine: DNS queries sent, and TCP or UDP sockets connected.
 */
function networkAttempts(log: NetLog): string[] {
  const names = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  return log.events.flatMap((event) => {
    const name = names.get(event.type) ?? '';
    const where = String(event.params?.address ?? event.params?.hostname ?? event.params?.host ?? '');
    if (name === 'DNS_TRANSACTION_QUERY' || name === 'TCP_CONNECT') return [`${name} ${where}`];
    if (name === 'UDP_CONNECT' && where !== '' && where !== IPV6_PROBE) return [`${name} ${where}`];
    return [];
  });
}

describe('making a PDF stays offline', () => {
  it('starts Chromium with background networking, updates, sync, translate and reporting turned off, and no name resolution', () => {
    for (const flag of ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-domain-reliability', '--disable-breakpad', '--metrics-recording-only', '--no-pings', '--host-resolver-rules=MAP * ~NOTFOUND']) {
      expect(OFFLINE_CHROMIUM_FLAGS).toContain(flag);
    }
    expect(OFFLINE_CHROMIUM_FLAGS.find((f) => f.startsWith('--disable-features='))).toMatch(/Translate.*NetworkTimeServiceQuerying/);
  });

  it.skipIf(!chromium)('while it prints, Chromium sends no DNS query and opens no connection (its own network log)', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wijkweb-netlog-'));
    try {
      const log = join(dir, 'net.json');
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="10" y="50">Lindenhof</text></svg>';
      const pdf = await chromiumPdf({ pages: [svg], paper: 'A4', orientation: 'portrait', title: 'Offline' }, chromium, [`--log-net-log=${log}`]);
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      expect(networkAttempts(readNetLog(log))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
