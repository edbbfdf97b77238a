import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../../../shared/draft/readiness';
import { newActivity } from '../../../../shared/draft/new-draft';
import type { Activity, Draft } from '../../../../shared/draft/schema';
import { SECTION_TEXT, UNDO_TEXT } from '../../../../shared/i18n/editor';
import { PROMISE_TEXT } from '../../../../shared/i18n/terms';
import { agreementDraft } from '../../../support/agreement';
import { exampleDraft } from '../../../support/fixtures';
import { brief } from '../../../support/readiness';

/**
 * The words of the readiness check's findings: each activity named as the
 * editor shows it (whose it is, its number in their group, its first words),
 * in the word of the draft's kind — a löfte's "aktivitet", an agreement's
 * "åtagande" — and advice the user can act on in the editor.
 */

const messages = (draft: Draft) => checkReadiness(draft).map((f) => f.message);
const at = (draft: Draft, index: number) => brief(checkReadiness(draft).filter((f) => f.field[0] === 'activities' && f.field[1] === index));

/** The draft with one more activity, promised by `partyIds`, with `text` and these fields. */
function withActivity(draft: Draft, partyIds: string[], text: string, fields: Partial<Activity> = {}): Draft {
  return { ...draft, activities: [...draft.activities, { ...newActivity('x1', partyIds), text, ...fields }] };
}

describe('the findings name activities as the editor does', () => {
  it('a löfte\'s activity by its party in the genitive, its number and its first words — never "Kommunen lovar att, aktivitet 1"', () => {
    const found = messages(exampleDraft());
    expect(found).toContain(
      'Kommunens aktivitet 1 (”säkerställa närvaro av centrumvärd och…”) går inte att följa upp: det står inte hur mycket, hur ofta eller till när. ' +
        'Skriv det i texten, till exempel ”minst 4 trygghetsvandringar per år” eller ”senast i juni”, eller ange antal och frekvens under ”Mål och detaljer”.',
    );
    expect(found.join('\n')).not.toMatch(/lovar att, aktivitet/u);
  });

  it('asks for what the editor offers, no date field: the text, or antal and frekvens under the details the finding leads to', () => {
    const [finding] = checkReadiness(exampleDraft());
    expect(finding.field).toEqual(['activities', 0]);
    expect(finding.message).toContain(`”${SECTION_TEXT.activities.details}”`);
    expect(finding.message).not.toMatch(/ett datum/u);
    // The examples the advice gives are measurable to the check itself.
    for (const text of ['genomföra minst 4 trygghetsvandringar per år', 'hålla öppet hus på polisstationen senast i juni']) {
      expect(at(withActivity(exampleDraft(), ['polis'], text), 4)).toEqual([]);
    }
  });

  it('an agreement\'s åtaganden as åtaganden, joint ones as the parties\' together', () => {
    const draft = agreementDraft();
    draft.activities[1] = { ...draft.activities[1], text: 'verka för en gemensam lägesbild varje år' };
    draft.activities[2] = { ...draft.activities[2], text: 'sträva efter två trygghetsvandringar per år' };
    expect(at(draft, 1)).toEqual([
      'warning activities.1.text: Ljusdals kommuns och Ovanåkers kommuns gemensamma åtagande 1 (”verka för en gemensam lägesbild varje år”) säger ”verka för”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.',
    ]);
    expect(at(draft, 2)).toEqual([
      'warning activities.2.text: Polisens och kommunernas gemensamma åtagande 1 (”sträva efter två trygghetsvandringar…”) säger ”sträva efter”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.',
    ]);
  });

  it('an activity without a party, in the words of each kind, and where to choose one', () => {
    const promise = exampleDraft();
    promise.activities[0].partyIds = [];
    expect(at(promise, 0)).toContain(
      'error activities.0.partyIds: Aktivitet 1 (”arbeta förebyggande med närvaro, främst…”) saknar ansvarig part. Välj en part under ”Vem lovar aktiviteten?”, eller ta bort aktiviteten.',
    );
    const agreement = agreementDraft();
    agreement.activities[0].partyIds = ['borttagen'];
    expect(at(agreement, 0)).toEqual([
      'error activities.0.partyIds: Åtagande 1 (”genomföra minst fyra riktade insatser…”) saknar ansvarig part. Välj en part under ”Vilken part har åtagandet?”, eller ta bort åtagandet.',
    ]);
    expect(SECTION_TEXT.activities.assignParty.samverkansoverenskommelse).toBe('Vilken part har åtagandet?');
  });

  it('an agreement\'s empty or long åtagande, and a personnummer in its syfte, in its own words', () => {
    const draft = agreementDraft();
    draft.activities[0] = { ...draft.activities[0], text: '' };
    draft.activities[1] = { ...draft.activities[1], text: `ta fram den gemensamma lägesbilden ${'och mer '.repeat(50)}` };
    draft.statement = 'Kontakt 19811218-9876.';
    const found = messages(draft);
    expect(found).toContain('Polisens åtagande 1 saknar text. Skriv vad som ska göras.');
    expect(found).toContain(
      'Ljusdals kommuns och Ovanåkers kommuns gemensamma åtagande 1 (”ta fram den gemensamma lägesbilden och…”) har 434 tecken. Ett åtagande läses bäst med högst 400 tecken; skriv motiveringen i bakgrunden.',
    );
    expect(found).toContain(
      'Det som ser ut som ett personnummer står i fältet ”syfte och övergripande mål”. Personuppgifter hör inte hemma i dokumentet; ta bort det.',
    );
    expect(found.join('\n')).not.toMatch(/aktivitet/iu);
  });

  it('activities to look over after "Starta nästa period": the first by name, and the button to press', () => {
    const draft = exampleDraft();
    draft.activities[1] = { ...draft.activities[1], review: true };
    expect(at(draft, 1)).toContain(
      'warning activities.1: Polisens aktivitet 2 (”genomföra minst 2 riktade insatser mot…”) genomfördes förra perioden. Se över den: behövs den igen, och med samma mål? Välj sedan ”Markera som genomgången”.',
    );
    const agreement = agreementDraft();
    agreement.activities = agreement.activities.map((activity) => ({ ...activity, review: true }));
    expect(messages(agreement)).toContain(
      '3 åtaganden genomfördes förra perioden, först Polisens åtagande 1 (”genomföra minst fyra riktade insatser…”). Se över dem: behövs de igen, och med samma mål? Välj sedan ”Markera som genomgånget” vid var och en.',
    );
  });

  it('a party whose name ends in an abbreviation takes ":s" in the genitive', () => {
    const draft = exampleDraft();
    draft.parties.push({ id: 'bo', role: 'annan', name: 'Söderhamns Bostäder AB', diarienummer: '' });
    draft.signatories.push({ partyId: 'bo', name: 'Per Persson', title: 'VD' });
    expect(at(withActivity(draft, ['bo'], 'verka för trygga trapphus'), 4)).toContain(
      'warning activities.4.text: Söderhamns Bostäder AB:s aktivitet 1 (”verka för trygga trapphus”) säger ”verka för”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.',
    );
  });
});

describe('the löftesmening\'s hint', () => {
  it('gives an example the check does not warn about', () => {
    const example = /”([^”]+)”/u.exec(SECTION_TEXT.statement.hint.medborgarlofte)?.[1];
    expect(example).toBeTruthy();
    const found = checkReadiness({ ...exampleDraft(), statement: example! }).filter((f) => f.field[0] === 'statement');
    expect(found).toEqual([]);
  });
});

describe('one word per kind in the editor', () => {
  it('a löfte has aktiviteter, an agreement åtaganden: buttons, labels, empty groups, the limit, the removal notice', () => {
    const T = SECTION_TEXT.activities;
    expect([T.add('medborgarlofte'), T.item('medborgarlofte', 2), T.emptyGroup('medborgarlofte'), T.maxReached('medborgarlofte', 200)]).toEqual([
      'Lägg till aktivitet',
      'Aktivitet 2',
      'Inga aktiviteter ännu.',
      'Högst 200 aktiviteter.',
    ]);
    expect([T.add('samverkansoverenskommelse'), T.item('samverkansoverenskommelse', 2), T.emptyGroup('samverkansoverenskommelse'), T.maxReached('samverkansoverenskommelse', 200)]).toEqual([
      'Lägg till åtagande',
      'Åtagande 2',
      'Inga åtaganden ännu.',
      'Högst 200 åtaganden.',
    ]);
    expect([T.preview('medborgarlofte'), T.preview('samverkansoverenskommelse')]).toEqual(['Så skrivs den ut:', 'Så skrivs det ut:']);
    expect([T.moveHint('medborgarlofte'), T.moveHint('samverkansoverenskommelse')]).toEqual([
      'Alt+pil upp eller ner i texten flyttar aktiviteten.',
      'Alt+pil upp eller ner i texten flyttar åtagandet.',
    ]);
    expect(UNDO_TEXT.removed.activity).toEqual({ medborgarlofte: 'Aktiviteten togs bort.', samverkansoverenskommelse: 'Åtagandet togs bort.' });
    expect([PROMISE_TEXT.withoutParty('medborgarlofte'), PROMISE_TEXT.withoutParty('samverkansoverenskommelse')]).toEqual([
      'Aktiviteter där ansvarig part inte är angiven',
      'Åtaganden där ansvarig part inte är angiven',
    ]);
  });
});
