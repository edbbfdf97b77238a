import { describe, expect, it } from 'vitest';
import { checkReadiness, isReady } from '../../../../shared/draft/readiness';
import { draftSchema, type CommentAuthor, type Draft, type DraftComment } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

const lofte = (): Draft => draftSchema.parse(exampleDraft());
const POLICE: CommentAuthor = { role: 'polis', name: 'Anna Svensson' };
const AT = '2026-11-21T10:00:00.000Z';
const comment = (id: string, target: DraftComment['target'], text: string): DraftComment => ({ id, target, author: POLICE, text, createdAt: AT, replies: [] });
const commentFindings = (draft: Draft) => checkReadiness(draft).filter((f) => f.message.startsWith('Öppen kommentar'));

describe('checkReadiness on a draft with comments', () => {
  it('reports each open comment as a warning naming where it is, pointing at its place', () => {
    const draft = lofte();
    draft.comments = [
      comment('c1', ['statement'], 'Kan vi skriva lördagar i stället för fredagar?'),
      comment('c2', ['activities', { id: 'a3' }], 'Vem betalar ordningsvakterna?'),
      comment('c3', ['activities'], 'Saknas en aktivitet för skolorna?'),
    ];
    expect(commentFindings(draft)).toEqual([
      {
        severity: 'warning',
        field: ['statement'],
        message: 'Öppen kommentar om Löftesmening från Polisen, Anna Svensson: ”Kan vi skriva lördagar i stället för…”. Svara eller markera den som löst.',
      },
      {
        severity: 'warning',
        field: ['activities', 2],
        message:
          'Öppen kommentar om Aktivitet ”säkerställa närvaro av centrumvärd och…” (Kommunen) från Polisen, Anna Svensson: ”Vem betalar ordningsvakterna?”. Svara eller markera den som löst.',
      },
      {
        severity: 'warning',
        field: ['activities'],
        message: 'Öppen kommentar om Aktiviteter från Polisen, Anna Svensson: ”Saknas en aktivitet för skolorna?”. Svara eller markera den som löst.',
      },
    ]);
  });

  it('lists no resolved comment, and open ones never keep the draft from being ready', () => {
    const draft = lofte();
    expect(isReady(checkReadiness(draft))).toBe(true);
    draft.comments = [comment('c1', ['statement'], 'Öppen fråga'), { ...comment('c2', ['statement'], 'Löst fråga'), resolved: { by: POLICE, at: AT } }];
    const found = commentFindings(draft);
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('Öppen fråga')]);
    expect(isReady(checkReadiness(draft))).toBe(true);
  });

  it('does not check a comment\'s text as the document\'s: it is never printed', () => {
    const draft = lofte();
    draft.comments = [{ ...comment('c1', ['statement'], 'Ring 19121212-1212'), resolved: { by: POLICE, at: AT } }];
    expect(checkReadiness(draft)).toEqual(checkReadiness(lofte()));
  });
});
