import { connect } from 'node:net';

/** One answer read off a raw connection. */
export interface WireResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Splits a byte stream into HTTP/1.1 responses (Content-Length framed, as the bridge answers). */
function parseResponses(data: Buffer): WireResponse[] {
  const responses: WireResponse[] = [];
  let at = 0;
  for (;;) {
    const end = data.indexOf('\r\n\r\n', at);
    if (end === -1) break;
    const [statusLine = '', ...lines] = data.subarray(at, end).toString('latin1').split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (data.length < end + 4 + length) break;
    responses.push({ status: Number(statusLine.split(' ')[1]), headers, body: data.subarray(end + 4, end + 4 + length).toString('utf8') });
    at = end + 4 + length;
  }
  return responses;
}

/**
 * Writes raw bytes (one or more requests, exactly as given: duplicated headers, bodies on GET) to
 * one keep-alive connection and resolves with the responses once `expected` have arrived or the
 * server closed the connection.
 */
export function exchange(port: number, raw: string, expected: number): Promise<WireResponse[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = Buffer.alloc(0);
    const finish = (): void => {
      socket.destroy();
      resolve(parseResponses(data));
    };
    socket.on('data', (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      if (parseResponses(data).length >= expected) finish();
    });
    socket.on('end', finish);
    socket.on('error', reject);
    socket.write(raw);
  });
}

/** A request as it goes on the wire; `headers` lines are sent verbatim and in order. */
export function wire(method: string, path: string, headers: readonly string[], body = ''): string {
  const length = body === '' ? [] : [`Content-Length: ${Buffer.byteLength(body)}`];
  return [`${method} ${path} HTTP/1.1`, ...headers, ...length, '', body].join('\r\n');
}
