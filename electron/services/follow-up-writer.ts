import type { Activity, Draft } from '../../shared/draft/schema';
import type { FollowUpInput } from '../../shared/ipc/contract';
import { UserError } from '../../shared/errors';
import { FOLLOW_UP_MESSAGE } from '../../shared/i18n/follow-up';
import { STORE_MESSAGE } from '../../shared/i18n/library';
import { factsOf, needsStoredFollowUp, stampAfter, withStoredFollowUp, type DraftFacts } from './draft-versions';

/** What the follow-up writer needs of the library, inside a change. */
export interface FollowUpLibrary {
  /** The draft a change is to rewrite, as its file is now; a UserError when it is gone, deleted or cannot be read. */
  readExisting(id: string): Promise<Draft>;
  /** The draft as its file is now, or null when it is gone or was just set aside as unreadable. */
  readNow(id: string): Promise<Draft | null>;
  /** Lists a draft as its file was just read (another app's version). */
  remember(draft: Draft): void;
  write(draft: Draft): Promise<void>;
  now(): Date;
}

/**
 * Follow-up's own write path: the only change a signed draft accepts, and a
 * new version of the file like any other. A save never changes follow-up:
 * {@link keepStored} gives each activity the follow-up stored for it,
 * whatever the editor's copy of the activities says. Every method runs
 * inside one of the library's changes.
 */
export class FollowUpWriter {
  constructor(private readonly library: FollowUpLibrary) {}

  /**
   * Sets the follow-up of one activity of a klar or undertecknad draft
   * (an utkast is refused: follow-up starts when the draft is klar), as the
   * file on disk is now: its status, its other activities' follow-up. Only
   * that activity's `followUp` changes, stamped with the new version's time,
   * and the draft's `updatedAt`; everything else is written back as stored,
   * a signed draft's text too. Fields of the stored follow-up that the input
   * does not name (a newer writer's) are kept.
   *
   * @returns the draft as stored
   */
  async save(id: string, activityId: string, input: FollowUpInput): Promise<Draft> {
    const stored = await this.library.readExisting(id);
    if (stored.status === 'utkast') {
      this.library.remember(stored);
      throw new UserError('status', FOLLOW_UP_MESSAGE.notReady());
    }
    if (!stored.activities.some((activity) => activity.id === activityId)) throw new UserError('not-found', FOLLOW_UP_MESSAGE.activityNotFound(stored.kind));
    const stamp = stampAfter(this.library.now(), stored.updatedAt);
    const saved: Draft = {
      ...stored,
      activities: stored.activities.map((activity) =>
        activity.id === activityId ? { ...activity, followUp: { ...activity.followUp, ...input, updatedAt: stamp } } : activity,
      ),
      updatedAt: stamp,
    };
    await this.library.write(saved);
    return saved;
  }

  /**
   * `activities` with the follow-up stored for each (draft-versions.ts
   * `withStoredFollowUp`), reading the file for it only when the store knows
   * its summary alone. `stored` is the file's version as a save just found it.
   */
  async keepStored(id: string, stored: DraftFacts, activities: Activity[]): Promise<Activity[]> {
    if (stored.followUp !== null || !needsStoredFollowUp(stored, activities)) return withStoredFollowUp(stored.followUp, activities);
    const current = await this.library.readNow(id);
    // The file was this version a moment ago, and no app writes it while this change holds the lock.
    if (current === null || current.updatedAt !== stored.updatedAt) throw new UserError('conflict', STORE_MESSAGE.changedElsewhere());
    return withStoredFollowUp(factsOf(current).followUp, activities);
  }
}
