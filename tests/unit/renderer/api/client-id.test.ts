import { describe, expect, it, vi } from 'vitest';
import { idSchema } from '../../../../shared/domain/map-document';

describe('the client id of a window', () => {
  it('is a valid id, and every page load (each Electron window, each browser tab) gets its own', async () => {
    const first = (await import('../../../../renderer/src/api/client-id')).WINDOW_CLIENT_ID;
    vi.resetModules();
    const second = (await import('../../../../renderer/src/api/client-id')).WINDOW_CLIENT_ID;
    expect(idSchema.safeParse(first).success).toBe(true);
    expect(second).not.toBe(first);
  });
});
