import { describe, expect, it } from 'vitest';
import { checkReadiness, isReady, type Finding } from '../../../../shared/draft/readiness';
import type { Draft } from '../../../../shared/draft/schema';
import { agreementDraft } from '../../../support/agreement';
import { exampleDraft } from '../../../support/fixtures';
import { brief, newDraftFindings } from '../../../support/readiness';

/** Severity and field only, for tests about which rule fires and in what order. */
const where = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.field.join('.')}`);

/** The complete agreement changed in one way: its findings are what that change causes. */
function findingsAfter(change: (draft: Draft) => void): Finding[] {
  const draft = agreementDraft();
  change(draft);
  return checkReadiness(draft);
}

/** The second focus area as messages name it. */
const CENTRUM = 'Fokusområde 2 (”Trygghet i centrum”)';

describe('checkReadiness of a samverkansöverenskommelse', () => {
  it('finds nothing to say about a complete agreement', () => {
    const findings = checkReadiness(agreementDraft());
    expect(findings).toEqual([]);
    expect(isReady(findings)).toBe(true);
  });

  it('lists what a new agreement is missing, in the order of its editor, each pointing at its field', () => {
    const findings = newDraftFindings('samverkansoverenskommelse');
    expect(isReady(findings)).toBe(false);
    expect(brief(findings)).toEqual([
      'error title: Titel saknas.',
      'error parties.0.name: Part 1 saknar namn.',
      'error parties.1.name: Part 2 saknar namn.',
      'warning parties.0.diarienummer: Part 1 saknar diarienummer. Överenskommelsens titelsida visar varje parts diarienummer; fyll i det när ärendet är registrerat.',
      'warning parties.1.diarienummer: Part 2 saknar diarienummer. Överenskommelsens titelsida visar varje parts diarienummer; fyll i det när ärendet är registrerat.',
      'error statement: Syfte och övergripande mål saknas. Skriv vad samverkan ska leda till.',
      'warning situation: Gemensam lägesbild saknas. Sammanfatta lägesbilden som överenskommelsen bygger på; hela lägesbilden kan bifogas som bilaga.',
      'warning basis: Lägesbildens källor saknas. Ange vad den bygger på, till exempel brottsstatistik, trygghetsmätningar och medborgardialoger.',
      'error focusAreas: Inga fokusområden: överenskommelsen ska beskriva de problem som står i fokus. Lägg till minst ett fokusområde.',
      'warning groups: Organisationen saknar grupper med medlemmar. Beskriv styrgrupp, beredningsgrupp eller lokalt BRÅ och arbetsgrupper, med medlemmar efter funktion.',
      'error activities: Inga åtaganden: en samverkansöverenskommelse behöver minst ett åtagande. Skriv vad varje part åtar sig att göra.',
      'error documentation: Dokumentation saknas. Beskriv hur parterna dokumenterar arbetet, till exempel protokoll och rapporter.',
      'error followUpPlan: Uppföljning och revidering saknas. Beskriv vad som följs upp, när, av vem och till vem det rapporteras.',
      'error parties.0.signatories: Part 1 har ingen undertecknare. Lägg till den som skriver under för parten.',
      'error parties.1.signatories: Part 2 har ingen undertecknare. Lägg till den som skriver under för parten.',
    ]);
  });

  it('orders findings by the sections of the agreement editor, then the checks of all text', () => {
    const findings = findingsAfter((draft) => {
      // Changed in the reverse order of the editor, so the order found cannot come from the order of the changes.
      draft.background = 'Anmälan gjordes av 811218-9876.';
      draft.signatories = draft.signatories.filter((s) => s.partyId !== 'polis');
      draft.attachments![1].title = '';
      draft.followUpPlan = '';
      draft.documentation = '';
      draft.activities[0].text = 'arbeta för färre narkotikabrott genom minst fyra insatser per år';
      draft.groups = [];
      draft.focusAreas[2].goal = '';
      draft.basis = [];
      draft.situation = '';
      draft.statement = '';
      draft.parties[1].diarienummer = '';
      draft.period = { start: '2024-01-01', end: null };
      draft.title = '';
    });
    expect(where(findings)).toEqual([
      'error title',
      'error period.revisionMonths',
      'warning parties.1.diarienummer',
      'error statement',
      'warning situation',
      'warning basis',
      'error focusAreas.2.goal',
      'warning groups',
      'warning activities.0.text',
      'error documentation',
      'error followUpPlan',
      'warning attachments.1.title',
      'error parties.2.signatories',
      'error background',
    ]);
  });

  describe('period', () => {
    it('a missing start', () => {
      expect(brief(findingsAfter((draft) => (draft.period.start = null)))).toEqual(['error period.start: Periodens startdatum saknas.']);
    });

    it.each([
      ['no revision interval', { start: '2024-01-01', end: null, revisionMonths: null }],
      ['the revision interval left out', { start: '2024-01-01', end: null }],
    ])('"tills vidare" with %s: state how often it is revised', (_label, period) => {
      expect(brief(findingsAfter((draft) => (draft.period = period)))).toEqual([
        'error period.revisionMonths: Överenskommelsen saknar slutdatum och gäller tills vidare: ange hur ofta den revideras, eller ett slutdatum.',
      ]);
    });

    it.each([
      ['"tills vidare", revised every year', { start: '2024-01-01', end: null, revisionMonths: 12 }],
      ['an end date and no revision interval', { start: '2024-01-01', end: '2027-12-31', revisionMonths: null }],
      ['an end date and the revision interval left out', { start: '2024-01-01', end: '2027-12-31' }],
    ])('nothing to say about %s', (_label, period) => {
      expect(findingsAfter((draft) => (draft.period = period))).toEqual([]);
    });

    it('a period longer than four years, a mandatperiod', () => {
      expect(brief(findingsAfter((draft) => (draft.period.end = '2028-01-01')))).toEqual([
        'warning period.end: Perioden är längre än fyra år, en mandatperiod. Överväg en kortare period eller skriv när överenskommelsen ska revideras.',
      ]);
    });
  });

  describe('parties', () => {
    it('no municipality', () => {
      const findings = findingsAfter((draft) => {
        draft.parties[0].role = 'annan';
        draft.parties[1].role = 'annan';
      });
      expect(brief(findings)).toEqual(['error parties: Överenskommelsen har ingen kommun som part. Lägg till kommunen med rollen Kommun.']);
    });

    it('no police party', () => {
      expect(brief(findingsAfter((draft) => (draft.parties[2].role = 'kommun')))).toEqual([
        'error parties: Överenskommelsen har ingen polispart. Lägg till lokalpolisområdet med rollen Polis.',
      ]);
    });

    it('no parties at all: both', () => {
      const findings = findingsAfter((draft) => {
        draft.parties = [];
        draft.signatories = [];
        draft.activities = draft.activities.map((a) => ({ ...a, partyIds: [] }));
      });
      expect(where(findings.filter((f) => f.field[0] === 'parties'))).toEqual(['error parties', 'error parties']);
      expect(findings.some((f) => f.message.startsWith('Minst två parter'))).toBe(false);
    });

    it('a second police party, pointing at its role', () => {
      const findings = findingsAfter((draft) => {
        draft.parties.push({ id: 'gavle', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Gävle', diarienummer: 'A1/2023' });
        draft.signatories.push({ partyId: 'gavle', name: 'Per Berg', title: 'Lokalpolisområdeschef', place: '', date: null });
        draft.originals = draft.parties.length;
      });
      expect(brief(findings)).toEqual([
        'error parties.3.role: Polismyndigheten, lokalpolisområde Gävle är en andra polispart. En samverkansöverenskommelse har en polispart, lokalpolisområdet: ändra rollen eller ta bort parten.',
      ]);
      // The first police party in the list is the one kept.
      expect(where(findingsAfter((draft) => (draft.parties[1].role = 'polis')))).toEqual(['error parties.2.role']);
    });

    it('more than three municipalities is a warning; three are not', () => {
      const addMunicipality = (draft: Draft, id: string, name: string) => {
        draft.parties.push({ id, role: 'kommun', name, diarienummer: 'KS 2023/1' });
        draft.signatories.push({ partyId: id, name: 'Eva Lund', title: 'Kommunstyrelsens ordförande', place: '', date: null });
        draft.originals = draft.parties.length;
      };
      expect(findingsAfter((draft) => addMunicipality(draft, 'hudiksvall', 'Hudiksvalls kommun'))).toEqual([]);
      const findings = findingsAfter((draft) => {
        addMunicipality(draft, 'hudiksvall', 'Hudiksvalls kommun');
        addMunicipality(draft, 'nordanstig', 'Nordanstigs kommun');
      });
      expect(brief(findings)).toEqual([
        'warning parties: Överenskommelsen har 4 kommuner. Oftast är det en kommun, ibland två eller tre; överväg att dela upp den.',
      ]);
    });

    it.each([
      ['empty', ''],
      ['left out', undefined],
    ])('a party whose diarienummer is %s', (_label, diarienummer) => {
      expect(brief(findingsAfter((draft) => (draft.parties[2] = { ...draft.parties[2], diarienummer })))).toEqual([
        'warning parties.2.diarienummer: Polismyndigheten, lokalpolisområde Hälsingland saknar diarienummer. Överenskommelsens titelsida visar varje parts diarienummer; fyll i det när ärendet är registrerat.',
      ]);
    });

    it('a party without a signatory', () => {
      expect(brief(findingsAfter((draft) => (draft.signatories = draft.signatories.filter((s) => s.partyId !== 'ovanaker'))))).toEqual([
        'error parties.1.signatories: Ovanåkers kommun har ingen undertecknare. Lägg till den som skriver under för parten.',
      ]);
    });
  });

  describe('syfte, lägesbild, organisation, åtaganden, dokumentation, uppföljning, bilagor', () => {
    it('a missing syfte och övergripande mål, named as such', () => {
      expect(brief(findingsAfter((draft) => (draft.statement = ' ')))).toEqual([
        'error statement: Syfte och övergripande mål saknas. Skriv vad samverkan ska leda till.',
      ]);
    });

    it('a vague syfte', () => {
      expect(brief(findingsAfter((draft) => (draft.statement = 'Parterna ska gemensamt verka för ökad trygghet.')))).toEqual([
        'warning statement: Syftet och det övergripande målet säger ”verka för”, och det går inte att följa upp. Skriv vad parterna ska åstadkomma.',
      ]);
    });

    it.each([
      ['empty', ''],
      ['left out', undefined],
    ])('a gemensam lägesbild that is %s', (_label, situation) => {
      expect(where(findingsAfter((draft) => (draft.situation = situation)))).toEqual(['warning situation']);
    });

    it('a lägesbild without sources', () => {
      expect(where(findingsAfter((draft) => (draft.basis = [])))).toEqual(['warning basis']);
    });

    it.each([
      ['no groups', () => []],
      ['groups left out', () => undefined],
      ['groups without members', (draft: Draft) => draft.groups!.map((g) => ({ ...g, members: ' ' }))],
    ])('an organisation with %s', (_label, groups: (draft: Draft) => Draft['groups']) => {
      expect(where(findingsAfter((draft) => (draft.groups = groups(draft))))).toEqual(['warning groups']);
    });

    it('one group with members is enough', () => {
      expect(findingsAfter((draft) => (draft.groups = draft.groups!.map((g, i) => (i === 0 ? g : { ...g, members: '' }))))).toEqual([]);
    });

    it('no åtaganden', () => {
      expect(brief(findingsAfter((draft) => (draft.activities = [])))).toEqual([
        'error activities: Inga åtaganden: en samverkansöverenskommelse behöver minst ett åtagande. Skriv vad varje part åtar sig att göra.',
      ]);
    });

    it('an åtagande need not be measurable, but should not be vague', () => {
      const plain = { quantity: null, frequency: '', minDuration: '' };
      expect(findingsAfter((draft) => (draft.activities[0] = { ...draft.activities[0], ...plain, text: 'genomföra riktade insatser mot narkotikabrott' }))).toEqual([]);
      expect(brief(findingsAfter((draft) => (draft.activities[0] = { ...draft.activities[0], ...plain, unit: '', text: 'arbeta för färre narkotikabrott bland unga' })))).toEqual([
        'warning activities.0.text: Polisens åtagande 1 (”arbeta för färre narkotikabrott bland…”) säger ”arbeta för”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.',
      ]);
    });

    it.each([
      ['empty', ''],
      ['left out', undefined],
    ])('documentation that is %s', (_label, documentation) => {
      expect(brief(findingsAfter((draft) => (draft.documentation = documentation)))).toEqual([
        'error documentation: Dokumentation saknas. Beskriv hur parterna dokumenterar arbetet, till exempel protokoll och rapporter.',
      ]);
    });

    it('a missing follow-up', () => {
      expect(brief(findingsAfter((draft) => (draft.followUpPlan = '')))).toEqual([
        'error followUpPlan: Uppföljning och revidering saknas. Beskriv vad som följs upp, när, av vem och till vem det rapporteras.',
      ]);
    });

    it('a bilaga without a title', () => {
      expect(brief(findingsAfter((draft) => (draft.attachments![2].title = ' ')))).toEqual([
        'warning attachments.2.title: Bilaga 3 saknar titel. Skriv bilagans titel eller ta bort den.',
      ]);
    });

    it('no bilagor at all is fine', () => {
      expect(findingsAfter((draft) => (draft.attachments = undefined))).toEqual([]);
    });
  });

  describe('focus areas', () => {
    it('none', () => {
      expect(brief(findingsAfter((draft) => (draft.focusAreas = [])))).toEqual([
        'error focusAreas: Inga fokusområden: överenskommelsen ska beskriva de problem som står i fokus. Lägg till minst ett fokusområde.',
      ]);
    });

    it('a focus area without a title, named by its number', () => {
      expect(brief(findingsAfter((draft) => (draft.focusAreas[1].title = '')))).toEqual([
        'error focusAreas.1.title: Fokusområde 2 saknar rubrik. Skriv vilket problem det gäller, till exempel ”Narkotika bland unga”.',
      ]);
    });

    it.each([
      ['problem', `error focusAreas.1.problem: ${CENTRUM}: problemet är inte beskrivet. Beskriv problemet som står i fokus, gärna med siffror ur lägesbilden.`],
      ['causes', `error focusAreas.1.causes: ${CENTRUM} saknar troliga orsaker. Skriv vad som enligt lägesbilden ligger bakom problemet.`],
      ['goal', `error focusAreas.1.goal: ${CENTRUM} saknar mål. Skriv ett avgränsat, mätbart mål: vad ska ändras, hur mycket och till när.`],
      [
        'indicator',
        `warning focusAreas.1.indicator: ${CENTRUM} saknar indikator. Ange vad som mäts för att följa upp målet, till exempel en fråga i trygghetsmätningen.`,
      ],
    ] as const)('a focus area without its %s, empty or left out', (field, expected) => {
      expect(brief(findingsAfter((draft) => (draft.focusAreas[1][field] = ' \n')))).toEqual([expected]);
      expect(brief(findingsAfter((draft) => delete draft.focusAreas[1][field]))).toEqual([expected]);
    });

    it.each(['Tryggheten i centrum ska öka.', 'Färre ska känna sig otrygga i centrum kvällstid.'])('a goal with nothing to measure: "%s"', (goal) => {
      expect(brief(findingsAfter((draft) => (draft.focusAreas[1].goal = goal)))).toEqual([
        `warning focusAreas.1.goal: ${CENTRUM}: målet går inte att mäta. Skriv hur mycket något ska öka eller minska, till vilken nivå eller till när.`,
      ]);
    });

    it.each([
      'Andelen trygga ska öka till 70 procent.',
      'Inbrotten ska minska med tio procent.',
      'Andelen otrygga ska minska med fem procentenheter.',
      'Antalet inbrott ska halveras.',
      'Narkotikabrotten bland unga ska minska till hälften.',
      'Antalet unga som rekryteras till kriminella nätverk ska vara noll.',
      'Otryggheten ska ha minskat senast december 2027.',
      'Tryggheten ska mätas och öka varje år.',
    ])('a measurable goal: "%s"', (goal) => {
      expect(findingsAfter((draft) => (draft.focusAreas[1].goal = goal))).toEqual([]);
    });

    it('a vague goal, measurable or not', () => {
      expect(brief(findingsAfter((draft) => (draft.focusAreas[1].goal = 'Parterna ska arbeta för att andelen trygga ökar till 70 procent.')))).toEqual([
        `warning focusAreas.1.goal: ${CENTRUM}: målet säger ”arbeta för”, och det går inte att följa upp. Skriv vad som ska uppnås, hur mycket och till när.`,
      ]);
      expect(where(findingsAfter((draft) => (draft.focusAreas[1].goal = 'Parterna ska sträva efter ökad trygghet.')))).toEqual([
        'warning focusAreas.1.goal',
        'warning focusAreas.1.goal',
      ]);
    });

    it('every focus area is checked, each in its own place', () => {
      const findings = findingsAfter((draft) => {
        draft.focusAreas[0].causes = '';
        draft.focusAreas[2].goal = '';
        draft.focusAreas[2].indicator = '';
      });
      expect(where(findings)).toEqual(['error focusAreas.0.causes', 'error focusAreas.2.goal', 'warning focusAreas.2.indicator']);
    });
  });

  describe('a medborgarlöfte keeps its own rules', () => {
    it('has none of the agreement rules', () => {
      const draft = exampleDraft();
      draft.parties = draft.parties.map((p) => ({ ...p, diarienummer: '' }));
      draft.focusAreas = [];
      draft.basis = [];
      draft.period.end = null;
      const findings = checkReadiness(draft);
      expect(where(findings)).toEqual(['error period.end', 'warning activities.0', 'warning activities.2']);
    });

    it('needs any two parties, not a municipality and the police', () => {
      const draft = exampleDraft();
      draft.parties[0].role = 'annan';
      expect(where(checkReadiness(draft).filter((f) => f.field[0] === 'parties'))).toEqual([]);
      draft.parties = draft.parties.slice(0, 1);
      draft.signatories = draft.signatories.filter((s) => s.partyId === draft.parties[0].id);
      draft.activities = draft.activities.filter((a) => a.partyIds.every((id) => id === draft.parties[0].id));
      expect(brief(checkReadiness(draft).filter((f) => f.field[0] === 'parties'))).toEqual(['error parties: Ett medborgarlöfte behöver minst två parter, oftast kommunen och lokalpolisområdet. Nu finns 1.']);
    });
  });

  it('refuses fewer originals than there are parties to take one each: the clause would say something untrue', () => {
    expect(where(findingsAfter((d) => (d.originals = 2)))).toEqual(['error originals']);
    expect(where(findingsAfter((d) => (d.originals = 5)))).toEqual([]);
    expect(where(findingsAfter((d) => (d.originals = null)))).toEqual([]);
  });
});
