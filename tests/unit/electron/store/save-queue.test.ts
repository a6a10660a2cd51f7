import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay, SaveQueue } from '../../../../electron/store/save-queue';

describe('SaveQueue: retrying a failed save', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits 1 s, 2 s, 4 s … up to 30 s between attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelay(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('retries with growing waits until the write works, then reports the recovery once', () => {
    const attempts: number[] = [];
    const failures: number[] = [];
    const recovered: string[] = [];
    let broken = true;
    const queue = new SaveQueue({
      delayMs: 100,
      onFailed: (_key, _error, count) => failures.push(count),
      onRecovered: (key) => recovered.push(key),
    });
    const write = (): void => {
      attempts.push(Date.now());
      if (broken) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    };
    queue.schedule('map:x', write);
    vi.advanceTimersByTime(100); // first attempt
    vi.advanceTimersByTime(1000); // retry 1
    vi.advanceTimersByTime(2000); // retry 2
    expect(failures).toEqual([1, 2, 3]);
    // New edits while failing do not hammer the disk: they wait for the next retry.
    queue.schedule('map:x', write);
    vi.advanceTimersByTime(3999);
    expect(failures).toEqual([1, 2, 3]);
    broken = false;
    vi.advanceTimersByTime(1);
    expect(attempts.length).toBe(4);
    expect(recovered).toEqual(['map:x']);
    expect(queue.isPending()).toBe(false);
    queue.close();
  });
});
