// The "Netwerk" layout (stress majorization, several starts) in a Web Worker, so the window stays
// responsive while it tries its starts.
import { networkLayout } from '../../../../shared/layout/network-layout';
import type { NetworkReply, NetworkRequest } from './network-protocol';

/** The part of the dedicated worker scope this file uses (the project compiles against DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<NetworkRequest>) => void) | null;
  postMessage(message: NetworkReply): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const request = event.data;
    const positions = networkLayout({ ...request, fixed: new Set(request.fixed) });
    scope.postMessage({ type: 'done', positions: [...positions].map(([id, p]) => [id, p.x, p.y]) });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
