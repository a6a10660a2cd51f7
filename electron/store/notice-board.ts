import { newId } from '../../shared/domain/ids';
import type { Notice } from '../../shared/ipc/contract';

/** Notices waiting for the user, oldest first, until dismissed. */
export class NoticeBoard {
  readonly #notices: Notice[] = [];

  /** Adds a notice with a fresh id and returns it. */
  add(fields: Omit<Notice, 'id'>): Notice {
    const notice: Notice = { id: newId(), ...fields };
    this.#notices.push(notice);
    return notice;
  }

  /** Removes the notices that match (e.g. a save-failed notice once the save worked). */
  removeWhere(match: (notice: Notice) => boolean): void {
    for (let i = this.#notices.length - 1; i >= 0; i--) {
      const notice = this.#notices[i];
      if (notice && match(notice)) this.#notices.splice(i, 1);
    }
  }

  /** Whether a notice that matches is still waiting. */
  has(match: (notice: Notice) => boolean): boolean {
    return this.#notices.some(match);
  }

  /** A copy of the waiting notices, oldest first. */
  list(): Notice[] {
    return this.#notices.map((n) => ({ ...n, files: [...n.files] }));
  }

  /** Removes one notice by id (an unknown id is ignored) and returns what is left. */
  dismiss(id: string): Notice[] {
    this.removeWhere((n) => n.id === id);
    return this.list();
  }
}
