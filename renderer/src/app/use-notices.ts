import { useCallback, useEffect, useState } from 'react';
import type { Notice } from '../../../shared/ipc/contract';
import { useApi } from './use-api';

/** Notices from main (a damaged file moved aside, a backup restored, saving failed) and a dismiss. */
export interface NoticesState {
  readonly notices: readonly Notice[];
  dismiss(id: string): Promise<void>;
}

/** Loads `app.notices` at start and adds the ones pushed with the `notice` event. */
export function useNotices(): NoticesState {
  const api = useApi();
  const [notices, setNotices] = useState<readonly Notice[]>([]);

  useEffect(() => {
    let alive = true;
    void api.app.notices({}).then((result) => {
      if (alive && result.ok) setNotices((list) => merge(result.value, list));
    });
    const off = api.on('notice', (notice) => setNotices((list) => merge(list, [notice])));
    return () => {
      alive = false;
      off();
    };
  }, [api]);

  const dismiss = useCallback(
    async (id: string) => {
      setNotices((list) => list.filter((n) => n.id !== id));
      const result = await api.app.dismissNotice({ id });
      if (result.ok) setNotices(result.value);
    },
    [api],
  );

  return { notices, dismiss };
}

/** Joins two notice lists by id, later ones winning. */
function merge(a: readonly Notice[], b: readonly Notice[]): Notice[] {
  const byId = new Map<string, Notice>();
  for (const n of [...a, ...b]) byId.set(n.id, n);
  return [...byId.values()];
}
