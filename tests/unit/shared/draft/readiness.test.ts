import { describe, expect, it } from 'vitest';
import { MAX_ACTIVITY_CHARS, activityPlaces, checkReadiness, containsPersonnummer, createReadinessCheck, isReady } from '../../../../shared/draft/readiness';
import { groupActivities, locateActivity } from '../../../../shared/draft/activity-groups';
import { newActivity } from '../../../../shared/draft/new-draft';
import type { Activity, Draft } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';
import { brief, newDraftFindings } from '../../../support/readiness';

const errors = (draft: Draft) => checkReadiness(draft).filter((f) => f.severity === 'error');
const warnings = (draft: Draft) => checkReadiness(draft).filter((f) => f.severity === 'warning');

/** The two activities of the example without a number: its only findings. */
const EXAMPLE_WARNINGS = [
  'warning activities.0: Polisens aktivitet 1 (”arbeta förebyggande med närvaro, främst…”) går inte att följa upp: det står inte hur mycket, hur ofta eller till när. Skriv det i texten, till exempel ”minst 4 trygghetsvandringar per år” eller ”senast i juni”, eller ange antal och frekvens under ”Mål och detaljer”.',
  'warning activities.2: Kommunens aktivitet 1 (”säkerställa närvaro av centrumvärd och…”) går inte att följa upp: det står inte hur mycket, hur ofta eller till när. Skriv det i texten, till exempel ”minst 4 trygghetsvandringar per år” eller ”senast i juni”, eller ange antal och frekvens under ”Mål och detaljer”.',
];

/** The example with one more activity, promised by the police, with this text and nothing else. */
function withPoliceActivity(text: string, fields: Partial<Activity> = {}): Draft {
  const draft = exampleDraft();
  draft.activities.push({ ...newActivity('x1', ['polis']), text, ...fields });
  return draft;
}
/** How the example names that activity: the police's third, with its first words. */
const added = (words: string) => `Polisens aktivitet 3 (”${words}”)`;
/** What a finding says an activity without a measure should do. */
const MEASURE_ADVICE =
  'går inte att följa upp: det står inte hur mycket, hur ofta eller till när. Skriv det i texten, till exempel ”minst 4 trygghetsvandringar per år” eller ”senast i juni”, eller ange antal och frekvens under ”Mål och detaljer”.';
const addedFindings = (draft: Draft) => checkReadiness(draft).filter((f) => f.field[0] === 'activities' && f.field[1] === 4);

describe('checkReadiness', () => {
  it('finds no error in the example, only its two activities without a number', () => {
    const findings = checkReadiness(exampleDraft());
    expect(brief(findings)).toEqual(EXAMPLE_WARNINGS);
    expect(isReady(findings)).toBe(true);
  });

  it('lists what a new draft is missing, in the order of the editor, each pointing at its field', () => {
    const findings = newDraftFindings('medborgarlofte');
    expect(isReady(findings)).toBe(false);
    expect(brief(findings)).toEqual([
      'error title: Titel saknas.',
      'error parties.0.name: Part 1 saknar namn.',
      'error parties.1.name: Part 2 saknar namn.',
      'error statement: Löftesmening saknas. Skriv en mening som sammanfattar vad parterna lovar.',
      'error activities: Inga aktiviteter: ett medborgarlöfte behöver minst en aktivitet.',
      'error parties.0.signatories: Part 1 har ingen undertecknare. Lägg till den som skriver under för parten.',
      'error parties.1.signatories: Part 2 har ingen undertecknare. Lägg till den som skriver under för parten.',
    ]);
  });

  describe('errors', () => {
    it('an end date before the start date, at the end date: the panel never calls such a draft ready', () => {
      const draft = { ...exampleDraft(), period: { start: '2021-01-01', end: '2020-12-31' } };
      expect(brief(errors(draft))).toEqual([
        'error period.end: Slutdatumet ligger före startdatumet. Rätta något av datumen; till dess sparas den senaste giltiga perioden.',
      ]);
      expect(errors({ ...draft, period: { start: '2021-01-01', end: '2021-01-01' } })).toEqual([]);
    });

    it('an originals clause that contradicts the number of signing parties', () => {
      const third = { id: 'bo', role: 'annan' as const, name: 'AB Söderhamnshem', diarienummer: '' };
      const base = exampleDraft();
      const three = { ...base, parties: [...base.parties, third], signatories: [...base.signatories, { partyId: 'bo', name: 'Eva Ek', title: 'VD', place: '', date: null }] };
      expect(brief(errors({ ...three, originals: 2 }))).toEqual([
        'error originals: Antal original är 2, men 3 parter skriver under. Texten säger att parterna tagit var sitt exemplar; ange minst 3.',
      ]);
      // One copy makes no claim that each party took one; three or more copies for three parties are true.
      expect(errors({ ...three, originals: 1 })).toEqual([]);
      expect(errors({ ...three, originals: 3 })).toEqual([]);
      expect(errors({ ...base, originals: 3 })).toEqual([]);
      expect(errors({ ...three, originals: null })).toEqual([]);
    });

    it('a title of only white space', () => {
      const draft = exampleDraft();
      draft.title = ' \n';
      expect(brief(errors(draft))).toEqual(['error title: Titel saknas.']);
    });

    it('a missing start, and a missing end for a medborgarlöfte but not for an agreement "tills vidare"', () => {
      const draft = exampleDraft();
      draft.period = { start: null, end: null };
      expect(brief(errors(draft))).toEqual([
        'error period.start: Periodens startdatum saknas.',
        'error period.end: Periodens slutdatum saknas; ett medborgarlöfte gäller en bestämd period.',
      ]);
      // An agreement may run "tills vidare" when it says how often it is revised (readiness-agreement.test.ts).
      draft.kind = 'samverkansoverenskommelse';
      draft.period = { start: '2024-01-01', end: null, revisionMonths: 12 };
      expect(errors(draft).filter((f) => f.field[0] === 'period')).toEqual([]);
    });

    it('a missing löftesmening', () => {
      const draft = exampleDraft();
      draft.statement = '  ';
      expect(brief(errors(draft))).toEqual(['error statement: Löftesmening saknas. Skriv en mening som sammanfattar vad parterna lovar.']);
    });

    it('fewer than two parties', () => {
      const draft = exampleDraft();
      draft.parties = draft.parties.slice(1);
      draft.signatories = draft.signatories.slice(1);
      draft.activities = draft.activities.filter((a) => a.partyIds.includes('polis'));
      expect(brief(errors(draft))).toEqual(['error parties: Ett medborgarlöfte behöver minst två parter, oftast kommunen och lokalpolisområdet. Nu finns 1.']);
    });

    it('a party without a name, numbered as the editor lists the parties', () => {
      const draft = exampleDraft();
      draft.parties[1].name = '';
      expect(brief(errors(draft))).toEqual(['error parties.1.name: Part 2 saknar namn.']);
    });

    it('a party without a signatory, named by its name or its number', () => {
      const draft = exampleDraft();
      draft.signatories = draft.signatories.filter((s) => s.partyId !== 'kommun');
      expect(brief(errors(draft))).toEqual([
        'error parties.0.signatories: Söderhamns kommun har ingen undertecknare. Lägg till den som skriver under för parten.',
      ]);
      draft.parties[0].name = '';
      expect(errors(draft).map((f) => f.message)).toContain('Part 1 har ingen undertecknare. Lägg till den som skriver under för parten.');
    });

    it('a signatory without a name or a title, numbered within its party, pointing at that field', () => {
      const draft = exampleDraft();
      draft.signatories.push({ partyId: 'kommun', name: 'Eva Lund', title: '', place: '', date: null });
      draft.signatories[0].name = ' ';
      draft.signatories[1].title = '';
      expect(brief(errors(draft))).toEqual([
        'error signatories.0.name: Undertecknare 1 (för Söderhamns kommun) saknar namn.',
        'error signatories.1.title: Undertecknare 1 (för Polismyndigheten, lokalpolisområde Hälsingland) saknar titel, till exempel ”Lokalpolisområdeschef”.',
        'error signatories.2.title: Undertecknare 2 (för Söderhamns kommun) saknar titel, till exempel ”Kommunstyrelsens ordförande”.',
      ]);
    });

    it('no activities, in the words of either kind', () => {
      const draft = exampleDraft();
      draft.activities = [];
      expect(brief(errors(draft))).toEqual(['error activities: Inga aktiviteter: ett medborgarlöfte behöver minst en aktivitet.']);
      draft.kind = 'samverkansoverenskommelse';
      expect(errors(draft).find((f) => f.field.join('.') === 'activities')?.message).toBe(
        'Inga åtaganden: en samverkansöverenskommelse behöver minst ett åtagande. Skriv vad varje part åtar sig att göra.',
      );
    });

    it('an activity without text, named by its group and its number there', () => {
      const draft = exampleDraft();
      draft.activities[1].text = ' ';
      draft.activities[3].text = '';
      expect(brief(errors(draft))).toEqual([
        'error activities.1.text: Polisens aktivitet 2 saknar text. Skriv vad som ska göras.',
        'error activities.3.text: Polisens och kommunens gemensamma aktivitet 1 saknar text. Skriv vad som ska göras.',
      ]);
      // An empty activity is an error; it is not also vague or unmeasurable.
      expect(warnings(draft).filter((f) => f.field[1] === 1 || f.field[1] === 3)).toEqual([]);
    });

    it('an activity whose parties are none or all unknown, numbered among the activities without a party', () => {
      const draft = exampleDraft();
      draft.activities[0].partyIds = [];
      draft.activities[2].partyIds = ['borttagen'];
      draft.activities[2].text = '';
      expect(brief(errors(draft))).toEqual([
        'error activities.0.partyIds: Aktivitet 1 (”arbeta förebyggande med närvaro, främst…”) saknar ansvarig part. Välj en part under ”Vem lovar aktiviteten?”, eller ta bort aktiviteten.',
        'error activities.2.text: Aktivitet 2 utan ansvarig part saknar text. Skriv vad som ska göras.',
        'error activities.2.partyIds: Aktivitet 2 saknar ansvarig part. Välj en part under ”Vem lovar aktiviteten?”, eller ta bort aktiviteten.',
      ]);
      // The police's former second activity is now its first.
      draft.activities[1].text = '';
      expect(errors(draft).map((f) => f.message)).toContain('Polisens aktivitet 1 saknar text. Skriv vad som ska göras.');
    });

    it('no error for an activity with one known party among unknown ones', () => {
      const draft = exampleDraft();
      draft.activities[3].partyIds = ['polis', 'borttagen'];
      expect(errors(draft)).toEqual([]);
    });

    it('a personnummer anywhere in the text, naming the field and an activity by its group', () => {
      const draft = exampleDraft();
      draft.activities[2].text = 'stödja 19811218-9876 med boende';
      draft.activities[1].place = 'hos 811218-9876';
      draft.signatories[0].name = 'Sven 811218-9876';
      draft.background = 'Ring 0270-123456 eller skriv till KS 2019/512.';
      expect(brief(errors(draft))).toEqual([
        'error activities.1.place: Det som ser ut som ett personnummer står i fältet ”plats” i aktivitet 2 under ”Polisen lovar att”. Personuppgifter hör inte hemma i dokumentet; ta bort det.',
        'error activities.2.text: Det som ser ut som ett personnummer står i aktivitet 1 under ”Kommunen lovar att”. Personuppgifter hör inte hemma i dokumentet; ta bort det.',
        'error signatories.0.name: Det som ser ut som ett personnummer står i fältet ”namn” i undertecknare 1. Personuppgifter hör inte hemma i dokumentet; ta bort det.',
      ]);
    });
  });

  describe('warnings', () => {
    it.each([
      ['a quantity', 'hålla öppet hus på polisstationen fyra gånger', { quantity: 4 }],
      ['a frequency', 'hålla öppet hus på polisstationen varje termin', { frequency: 'per termin' }],
      ['a minimum duration', 'hålla öppet hus på polisstationen', { minDuration: 'minst en dag' }],
    ])('an activity with %s is measurable', (_label, text, fields) => {
      expect(addedFindings(withPoliceActivity(text, fields))).toEqual([]);
    });

    it.each([
      ['a count', 'hålla öppet hus på polisstationen', { quantity: 4 }, 'quantity', 'antalet ”4” saknas i texten'],
      ['a different count', 'hålla tre öppna hus på polisstationen', { quantity: 4, unit: 'öppna hus' }, 'quantity', 'texten säger ”tre” där målet säger ”4”'],
      ['a frequency', 'hålla öppet hus på polisstationen', { frequency: 'per termin' }, 'frequency', 'frekvensen ”per termin” saknas i texten'],
      ['a different unit', 'hålla fyra möten på polisstationen', { quantity: 4, unit: 'öppna hus' }, 'unit', 'texten säger ”möten” där målet säger ”öppna hus”'],
      ['a unit', 'hålla öppet på polisstationen', { unit: 'öppna hus', minDuration: 'minst en dag' }, 'unit', 'enheten ”öppna hus” saknas i texten'],
    ])('a target the text does not state: %s, naming the activity in plain Swedish', (_label, text, fields, field, part) => {
      expect(brief(addedFindings(withPoliceActivity(text, fields)))).toEqual([
        `warning activities.4.${field}: ${added(text)}: ${part}. Det som skrivs ut är texten – skriv in målet i den, eller ändra målet.`,
      ]);
    });

    it('no target warning when the text states the target, in words or digits, and none without a target', () => {
      expect(addedFindings(withPoliceActivity('genomföra minst fyra trygghetsvandringar per år', { quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' }))).toEqual([]);
      expect(addedFindings(withPoliceActivity('genomföra minst 4 trygghetsvandringar/år', { quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' }))).toEqual([]);
      expect(addedFindings(withPoliceActivity('genomföra trygghetsvandringar varje månad', { minDuration: 'minst två timmar' }))).toEqual([]);
    });

    it('names a long activity by its first words, and a joint one as the parties\' together', () => {
      const long = 'utbilda personalen på fritidsgårdarna i att upptäcka tecken på rekrytering till kriminella nätverk';
      const [finding] = addedFindings(withPoliceActivity(long, { quantity: 2, unit: 'utbildningstillfällen' }));
      expect(finding.message).toMatch(/^Polisens aktivitet 3 \(”utbilda personalen på fritidsgårdarna i…”\): /u);
      const joint = exampleDraft();
      joint.activities[3] = { ...joint.activities[3], text: 'genomföra trygghetsvandringar', quantity: 2, unit: 'trygghetsvandringar', frequency: '' };
      expect(checkReadiness(joint).find((f) => f.field[1] === 3)?.message).toMatch(/^Polisens och kommunens gemensamma aktivitet 1 \(”genomföra trygghetsvandringar”\): antalet ”2”/u);
    });

    it.each([
      'hålla öppet hus på polisstationen 2 gånger',
      'hålla öppet hus på polisstationen senast 2024-05-31',
      'hålla fyra öppna hus på polisstationen',
      'hålla öppet hus på polisstationen i maj',
      'hålla öppet hus på polisstationen en gång i månaden',
      'hålla öppet hus på polisstationen varje termin',
      'hålla öppet hus på polisstationen årligen',
    ])('"%s" is measurable by its text', (text) => {
      expect(addedFindings(withPoliceActivity(text))).toEqual([]);
    });

    it('an activity with nothing to measure', () => {
      expect(brief(addedFindings(withPoliceActivity('hålla öppet hus på polisstationen', { quantity: 0 })))).toEqual([
        `warning activities.4: ${added('hålla öppet hus på polisstationen')} ${MEASURE_ADVICE}`,
      ]);
      // "en" and "ett" are articles more often than numbers; "sexuella" is no "sex".
      expect(addedFindings(withPoliceActivity('förebygga sexuella trakasserier på en skola'))).toHaveLength(1);
    });

    it.each([
      ['arbeta för att fler ska känna sig trygga', 'arbeta för'],
      ['arbetar för ökad trygghet', 'arbetar för'],
      ['Arbeta aktivt för en tryggare stadskärna', 'Arbeta aktivt för'],
      ['verka för fler vuxna på stan', 'verka för'],
      ['verkar för fler vuxna på stan', 'verkar för'],
      ['sträva efter minskad brottslighet', 'sträva efter'],
      ['strävar efter minskad brottslighet', 'strävar efter'],
      ['strävade\ntillsammans efter minskad brottslighet', 'strävade tillsammans efter'],
    ])('a vague verb in "%s"', (text, phrase) => {
      const draft = withPoliceActivity(text, { minDuration: 'minst en dag' });
      const words = text.length > 40 ? 'strävade tillsammans efter minskad…' : text;
      expect(brief(addedFindings(draft))).toEqual([
        `warning activities.4.text: ${added(words)} säger ”${phrase}”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.`,
      ]);
    });

    it.each([
      'arbeta förebyggande med närvaro',
      'verka förebyggande i skolorna',
      'samverka för ökad trygghet med fältsekreterarna, som arbetar för kommunen',
      'låta fältsekreterare som arbetar för Ljusdals kommun delta',
      'utveckla arbetet för ökad trygghet',
      'öka strävan efter trygghet',
    ])('no vague verb in "%s"', (text) => {
      expect(addedFindings(withPoliceActivity(text, { minDuration: 'minst en dag' }))).toEqual([]);
    });

    it('a vague verb in the löftesmening', () => {
      const draft = exampleDraft();
      draft.statement = 'Polis och kommun lovar att tillsammans arbeta för att förbättra den upplevda tryggheten i Söderhamns centrum.';
      expect(brief(warnings(draft))).toEqual([
        'warning statement: Löftesmeningen säger ”arbeta för”, och det går inte att följa upp. Skriv vad parterna ska åstadkomma.',
        ...EXAMPLE_WARNINGS,
      ]);
    });

    it.each([
      ['medborgarlofte', '2022-01-01', '2024-12-31', false],
      ['medborgarlofte', '2022-01-01', '2025-01-01', true],
      ['medborgarlofte', '2024-02-29', '2027-02-28', false],
      ['medborgarlofte', '2024-02-29', '2027-03-01', true],
      ['samverkansoverenskommelse', '2024-01-01', '2027-12-31', false],
      ['samverkansoverenskommelse', '2024-01-01', '2028-01-01', true],
      ['samverkansoverenskommelse', '2024-01-01', null, false],
      ['medborgarlofte', '2024-1-1', '2030-12-31', false],
    ] as const)('a %s from %s to %s is too long: %s', (kind, start, end, tooLong) => {
      const draft = { ...exampleDraft(), kind, period: { start, end } };
      const found = warnings(draft).filter((f) => f.field.join('.') === 'period.end');
      expect(found.map((f) => f.message)).toEqual(
        tooLong
          ? [
              kind === 'medborgarlofte'
                ? 'Perioden är längre än tre år. Ett medborgarlöfte gäller oftast ett år, ibland två eller tre; ett längre löfte är svårt att följa upp och hålla aktuellt.'
                : 'Perioden är längre än fyra år, en mandatperiod. Överväg en kortare period eller skriv när överenskommelsen ska revideras.',
            ]
          : [],
      );
    });

    it(`an activity text over ${MAX_ACTIVITY_CHARS} characters`, () => {
      const text = (length: number) => 'genomföra 4 trygghetsvandringar ' + 'å'.repeat(length - 32);
      expect(text(MAX_ACTIVITY_CHARS)).toHaveLength(400);
      expect(addedFindings(withPoliceActivity(text(400)))).toEqual([]);
      expect(brief(addedFindings(withPoliceActivity(` ${text(401)} `)))).toEqual([
        `warning activities.4.text: ${added('genomföra 4 trygghetsvandringar…')} har 401 tecken. En aktivitet läses bäst med högst 400 tecken; skriv motiveringen i bakgrunden.`,
      ]);
    });
  });

  describe('Brå and BRÅ', () => {
    const background = (text: string) => warnings({ ...exampleDraft(), background: text }).filter((f) => f.field[0] === 'background');

    it.each([
      ['Brottsförebyggande rådet (BRÅ) har visat att närvaro hjälper.', 'Brottsförebyggande rådet (BRÅ)'],
      ['Enligt Brottsförebyggande rådet, BRÅ, hjälper närvaro.', 'Brottsförebyggande rådet, BRÅ'],
      ['BRÅ (Brottsförebyggande rådet) har visat att närvaro hjälper.', 'BRÅ (Brottsförebyggande rådet)'],
      ['Som BRÅ:s rapport 2019:5 visar hjälper närvaro.', 'BRÅ:s rapport'],
      ['I BRÅ-rapporten om medborgarlöften står det.', 'BRÅ-rapport'],
      ['BRÅ:s Nationella trygghetsundersökning visar en ökning.', 'BRÅ:s Nationella trygghetsundersökning'],
      ['Enligt BRÅ:s NTU är otryggheten störst bland kvinnor.', 'BRÅ:s NTU'],
      ['Kriminalstatistiken från BRÅ visar en minskning.', 'Kriminalstatistiken från BRÅ'],
      ['Otryggheten är, enligt BRÅ, störst bland kvinnor.', 'enligt BRÅ'],
    ])('"BRÅ" for the national agency in "%s"', (text, phrase) => {
      expect(brief(background(text))).toEqual([
        `warning background: ”${phrase}” i fältet ”bakgrund”: den nationella myndigheten Brottsförebyggande rådet förkortas ”Brå”. ”BRÅ” är kommunens lokala brottsförebyggande råd.`,
      ]);
    });

    it.each([
      ['Det lokala Brå träffas fyra gånger per år.', 'lokala Brå'],
      ['Ett lokalt Brå leder arbetet.', 'lokalt Brå'],
      ['Frågan bereds av kommunens Brå.', 'kommunens Brå'],
      ['Brå i Tanum har tagit fram lägesbilden.', 'Brå i Tanum'],
    ])('"Brå" for the local council in "%s"', (text, phrase) => {
      expect(brief(background(text))).toEqual([
        `warning background: ”${phrase}” i fältet ”bakgrund”: ”Brå” är den nationella myndigheten Brottsförebyggande rådet. Kommunens lokala brottsförebyggande råd förkortas ”BRÅ”.`,
      ]);
    });

    it.each([
      'BRÅ i Tanum har tagit fram lägesbilden.',
      'Lägesbilden bereds i BRÅ och i styrgruppen.',
      'Enligt BRÅ:s styrgrupp ska vandringarna fortsätta.',
      'Enligt BRÅ i Ljusdal ska vandringarna fortsätta.',
      'Lokala brottsförebyggande rådet (BRÅ) träffas varje månad.',
      'Det lokala Brottsförebyggande rådet (BRÅ) träffas varje månad.',
      'Kommunens Brottsförebyggande rådet, BRÅ, träffas varje månad.',
      'Kommunens brottsförebyggande råd (BRÅ) träffas varje månad.',
      'Brottsförebyggande rådet (Brå) har visat att närvaro hjälper; enligt Brå:s rapport 2019:5 hjälper närvaro.',
      'Brå följer upp medborgarlöftena nationellt.',
      'BRÅDSKANDE: vandringen flyttas.',
    ])('nothing to say about "%s"', (text) => {
      expect(background(text)).toEqual([]);
    });

    it('names an activity by its group, and reports both mix-ups in one field', () => {
      const draft = exampleDraft();
      draft.activities[1].text = 'genomföra 2 riktade insatser per år, enligt BRÅ, tillsammans med lokala Brå';
      expect(brief(warnings(draft).filter((f) => f.field[1] === 1))).toEqual([
        'warning activities.1.text: ”enligt BRÅ” i aktivitet 2 under ”Polisen lovar att”: den nationella myndigheten Brottsförebyggande rådet förkortas ”Brå”. ”BRÅ” är kommunens lokala brottsförebyggande råd.',
        'warning activities.1.text: ”lokala Brå” i aktivitet 2 under ”Polisen lovar att”: ”Brå” är den nationella myndigheten Brottsförebyggande rådet. Kommunens lokala brottsförebyggande råd förkortas ”BRÅ”.',
      ]);
    });
  });
});

describe('activityPlaces', () => {
  it('places every activity, orphans included, where locateActivity does: its group and its number there', () => {
    const draft = exampleDraft();
    draft.activities.push({ ...newActivity('x1', ['polis', 'kommun']), text: 'gemensamt' }, { ...newActivity('x2', ['borta']), text: 'utan part' });
    const groups = groupActivities(draft, { includeEmpty: true });
    const places = activityPlaces(groups);
    expect(places.size).toBe(draft.activities.length);
    draft.activities.forEach((_, index) => expect(places.get(index)).toEqual(locateActivity(groups, index)));
    expect(places.get(draft.activities.length - 1)).toMatchObject({ group: { kind: 'orphan' }, position: 1 });
  });
});

describe('containsPersonnummer', () => {
  it.each(['811218-9876', '198112189876', '19811218-9876', 'född 811278-9873 (samordningsnummer)'])('finds %s', (text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });
  it.each(['KS 2019/512', 'A123.456/2019', '811218-9875', 'ring 0270-123456', '2020-01-01 – 2021-12-31', 'minst 1000000000 kronor'])(
    'leaves %s alone',
    (text) => {
      expect(containsPersonnummer(text)).toBe(false);
    },
  );
});

describe('createReadinessCheck', () => {
  /** A draft whose activity at `index` is replaced by `change` of it, as the editor changes drafts (never in place). */
  const withActivity = (draft: Draft, index: number, change: (activity: Activity) => Activity): Draft => ({
    ...draft,
    activities: draft.activities.map((activity, i) => (i === index ? change(activity) : activity)),
  });

  it('finds what checkReadiness finds through a series of edits: texts typed, parties changed, activities moved and removed, the kind changed', () => {
    const readiness = createReadinessCheck();
    const edits: ((draft: Draft) => Draft)[] = [
      (d) => withActivity(d, 1, (a) => ({ ...a, text: 'arbeta för tryggheten' })),
      // The police's second activity becomes its first, at the same index: its findings name it anew.
      (d) => withActivity(d, 0, (a) => ({ ...a, partyIds: ['kommun'] })),
      (d) => withActivity(d, 0, (a) => ({ ...a, text: `${a.text} och arbeta för tryggheten` })),
      (d) => withActivity(d, 1, (a) => ({ ...a, text: 'stödja 19811218-9876 med boende' })),
      (d) => ({ ...d, statement: `${d.statement} enligt BRÅ` }),
      (d) => withActivity(d, 2, (a) => ({ ...a, partyIds: ['polis'] })),
      (d) => ({ ...d, parties: d.parties.map((p) => (p.role === 'polis' ? { ...p, name: '' } : p)) }),
      (d) => ({ ...d, activities: [d.activities[3], ...d.activities.slice(0, 3), ...d.activities.slice(4)] }),
      (d) => withActivity(d, 0, (a) => ({ ...a, partyIds: ['borta'] })),
      (d) => ({ ...d, activities: d.activities.slice(1) }),
      (d) => withActivity(d, 0, (a) => ({ ...a, text: '' })),
      (d) => ({ ...d, kind: 'samverkansoverenskommelse' }),
    ];
    let draft = exampleDraft();
    expect(readiness.check(draft)).toEqual(checkReadiness(draft));
    for (const edit of edits) {
      draft = edit(draft);
      expect(readiness.check(draft)).toEqual(checkReadiness(draft));
      const spots = (places: ReturnType<typeof readiness.places>) => [...places].map(([index, { group, position }]) => [index, group.key, group.lead, group.kind, position]);
      expect(spots(readiness.places(draft))).toEqual(spots(activityPlaces(groupActivities(draft))));
    }
  });

  it('checks again only the activity that changed: the others keep the very findings found before', () => {
    const readiness = createReadinessCheck();
    const draft = exampleDraft();
    const before = readiness.check(draft);
    const typed = withActivity(draft, 0, (a) => ({ ...a, text: `${a.text} varje vecka` }));
    const after = readiness.check(typed);
    // The police's first activity is measurable now; the municipality's is found as it was, the same object.
    expect(brief(after)).toEqual([EXAMPLE_WARNINGS[1]]);
    expect(after[0]).toBe(before.find((finding) => finding.field[1] === 2));
  });
});
