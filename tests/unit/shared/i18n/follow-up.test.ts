import { describe, expect, it } from 'vitest';
import type { DraftKind } from '../../../../shared/draft/schema';
import { DOCUMENT_TEXT } from '../../../../shared/i18n/document';
import {
  FOLLOW_UP_MESSAGE,
  FOLLOW_UP_PAGE_TEXT,
  FOLLOW_UP_PANEL_TEXT,
  FOLLOW_UP_REPORT_TEXT,
  NEXT_PERIOD_TEXT,
  REVIEW_TEXT,
} from '../../../../shared/i18n/follow-up';

/** The follow-up texts that name the activities and take only the kind. */
const KIND_ONLY: ((kind: DraftKind) => string)[] = [
  FOLLOW_UP_MESSAGE.activityNotFound,
  FOLLOW_UP_REPORT_TEXT.jointNote,
  FOLLOW_UP_REPORT_TEXT.noActivities,
  FOLLOW_UP_REPORT_TEXT.chartHeading,
  FOLLOW_UP_REPORT_TEXT.activitiesHeading,
  DOCUMENT_TEXT.activityWithoutText,
  FOLLOW_UP_PAGE_TEXT.intro,
  FOLLOW_UP_PAGE_TEXT.notYetText,
  FOLLOW_UP_PAGE_TEXT.noActivities,
  FOLLOW_UP_PAGE_TEXT.jointNote,
  FOLLOW_UP_PAGE_TEXT.statusCountsLabel,
  FOLLOW_UP_PAGE_TEXT.filtersLabel,
  FOLLOW_UP_PAGE_TEXT.filterEmpty,
  FOLLOW_UP_PAGE_TEXT.listHeading,
  NEXT_PERIOD_TEXT.question,
  FOLLOW_UP_PANEL_TEXT.noActivities,
  REVIEW_TEXT.notice,
  REVIEW_TEXT.done,
];

/** Every follow-up text that names the activities, in the words of `kind`. */
const texts = (kind: DraftKind) => [
  ...KIND_ONLY.map((text) => text(kind)),
  FOLLOW_UP_REPORT_TEXT.total(kind, 2, 4),
  FOLLOW_UP_REPORT_TEXT.total(kind, 0, 1),
  FOLLOW_UP_REPORT_TEXT.chartDescription(kind, 'Pågår 1'),
  FOLLOW_UP_REPORT_TEXT.columns(kind).activity,
  FOLLOW_UP_REPORT_TEXT.csvColumns(kind)[3],
  FOLLOW_UP_REPORT_TEXT.keywords(kind).join(', '),
  FOLLOW_UP_PAGE_TEXT.shownCount(kind, 1, 1),
  FOLLOW_UP_PAGE_TEXT.shownCount(kind, 3, 3),
  FOLLOW_UP_PAGE_TEXT.shownCount(kind, 2, 3),
  FOLLOW_UP_PAGE_TEXT.partiesLabel[kind],
  FOLLOW_UP_PANEL_TEXT.summary(kind, 2, 4),
  FOLLOW_UP_PANEL_TEXT.summary(kind, 0, 1),
];

/**
 * Issue 17, item 9: one term per kind everywhere. A medborgarlöfte's follow-up
 * speaks of "aktiviteter" (en aktivitet, den), an agreement's of "åtaganden"
 * (ett åtagande, det), adjectives and pronouns agreeing.
 */
describe('the follow-up in the words of the draft\'s kind', () => {
  it('says aktivitet for a medborgarlöfte, as before', () => {
    expect(texts('medborgarlofte')).toEqual([
      'Aktiviteten finns inte längre i utkastet. Ladda om sidan och försök igen.',
      'En gemensam aktivitet räknas för var och en av parterna.',
      'Utkastet har inga aktiviteter att följa upp.',
      'Aktiviteter per status',
      'Aktiviteter',
      '(aktivitetens text saknas)',
      'Ange för varje aktivitet hur det har gått: status, utfall och en kommentar. Allt sparas automatiskt medan du skriver. Dokumentets text ändras inte av uppföljningen.',
      'Ett utkast följs inte upp ännu. När dokumentet är markerat som klart för underskrift, eller som undertecknat, följer du upp aktiviteterna här.',
      'Dokumentet har inga aktiviteter att följa upp. Aktiviteterna skrivs i utkastet.',
      'En gemensam aktivitet räknas för varje part som lovar den.',
      'Antal aktiviteter per status',
      'Visa aktiviteter',
      'Inga aktiviteter matchar filtret. Välj ”Visa alla” för att se alla.',
      'Aktiviteter',
      'Ett nytt utkast skapas från det här: perioden flyttas fram, uppföljningen töms, underskrifternas datum tas bort och genomförda aktiviteter markeras för att ses över. Det här dokumentet ändras inte.',
      'Inga aktiviteter att följa upp.',
      'Genomfördes förra perioden – se över den.',
      'Markera som genomgången',
      '2 av 4 aktiviteter är genomförda.',
      '0 av 1 aktivitet är genomförd.',
      'Stapeldiagram över antal aktiviteter per status: Pågår 1.',
      'Aktivitet',
      'Aktivitet',
      'uppföljning, medborgarlöfte, samverkan, brottsförebyggande, trygghet',
      '1 aktivitet',
      '3 aktiviteter',
      'Visar 2 av 3 aktiviteter',
      'Lovas av',
      '2 av 4 aktiviteter genomförda',
      '0 av 1 aktivitet genomförd',
    ]);
  });

  it('says åtagande for a samverkansöverenskommelse, in the neuter: ett gemensamt åtagande, se över det, genomgånget', () => {
    expect(texts('samverkansoverenskommelse')).toEqual([
      'Åtagandet finns inte längre i utkastet. Ladda om sidan och försök igen.',
      'Ett gemensamt åtagande räknas för var och en av parterna.',
      'Utkastet har inga åtaganden att följa upp.',
      'Åtaganden per status',
      'Åtaganden',
      '(åtagandets text saknas)',
      'Ange för varje åtagande hur det har gått: status, utfall och en kommentar. Allt sparas automatiskt medan du skriver. Dokumentets text ändras inte av uppföljningen.',
      'Ett utkast följs inte upp ännu. När dokumentet är markerat som klart för underskrift, eller som undertecknat, följer du upp åtagandena här.',
      'Dokumentet har inga åtaganden att följa upp. Åtagandena skrivs i utkastet.',
      'Ett gemensamt åtagande räknas för varje part som åtar sig det.',
      'Antal åtaganden per status',
      'Visa åtaganden',
      'Inga åtaganden matchar filtret. Välj ”Visa alla” för att se alla.',
      'Åtaganden',
      'Ett nytt utkast skapas från det här: perioden flyttas fram, uppföljningen töms, underskrifternas datum tas bort och genomförda åtaganden markeras för att ses över. Det här dokumentet ändras inte.',
      'Inga åtaganden att följa upp.',
      'Genomfördes förra perioden – se över det.',
      'Markera som genomgånget',
      '2 av 4 åtaganden är genomförda.',
      '0 av 1 åtagande är genomfört.',
      'Stapeldiagram över antal åtaganden per status: Pågår 1.',
      'Åtagande',
      'Åtagande',
      'uppföljning, samverkansöverenskommelse, samverkan, brottsförebyggande, trygghet',
      '1 åtagande',
      '3 åtaganden',
      'Visar 2 av 3 åtaganden',
      'Parter',
      '2 av 4 åtaganden genomförda',
      '0 av 1 åtagande genomfört',
    ]);
  });
});
