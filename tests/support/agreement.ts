import { draftSchema, type Draft } from '../../shared/draft/schema';

/** Fixed ids, so tests can name them. */
export const AGREEMENT_ID = '0b6c0d3e-8f4a-4f0e-9a51-2d7c1c9e4a10';

/**
 * A complete samverkansöverenskommelse, ready to sign: two municipalities and
 * one lokalpolisområde, each with its diarienummer, three focus areas with
 * problem, causes, goal and indicator, the organisation's groups, åtaganden
 * per party, three bilagor and a signatory per party. Modelled on published
 * agreements; the people are invented.
 */
export function agreementDraft(overrides: Partial<Draft> = {}): Draft {
  return draftSchema.parse({
    format: 'samverka',
    formatVersion: 2,
    kind: 'samverkansoverenskommelse',
    id: AGREEMENT_ID,
    title: 'Samverkansöverenskommelse mellan Ljusdals kommun, Ovanåkers kommun och Polismyndigheten, lokalpolisområde Hälsingland 2024–2027',
    status: 'utkast',
    period: { start: '2024-01-01', end: '2027-12-31', revisionMonths: 12 },
    parties: [
      { id: 'ljusdal', role: 'kommun', name: 'Ljusdals kommun', diarienummer: 'KS 2023/451' },
      { id: 'ovanaker', role: 'kommun', name: 'Ovanåkers kommun', diarienummer: 'KS 2023/0188' },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland', diarienummer: 'A012.751/2023' },
    ],
    background:
      'Kommunerna och polisen har samverkat sedan 2016 genom överenskommelser och årliga medborgarlöften.\n\n' +
      'Sedan den 1 juli 2023 ska kommunerna enligt lag (2023:196) ta fram en lägesbild och en åtgärdsplan för det brottsförebyggande arbetet.',
    statement:
      'Samverkan ska minska brottsligheten och öka tryggheten i Ljusdal och Ovanåker genom ett gemensamt, kunskapsbaserat brottsförebyggande arbete.',
    situation:
      'Lägesbilden 2023 visar att narkotikabrotten bland unga har ökat och att många, särskilt kvinnor, känner sig otrygga i centrum kvällstid.',
    basis: [
      { type: 'brottsstatistik', description: 'Polisens statistik över anmälda brott 2020–2023', date: null, respondents: null },
      { type: 'enkat', description: 'Trygghetsmätning i båda kommunerna hösten 2023', date: '2023-10-15', respondents: 1240 },
      { type: 'medarbetardialog', description: 'Medarbetardialoger inom lokalpolisområdet', date: null, respondents: null },
    ],
    focusAreas: [
      {
        id: 'narkotika',
        title: 'Narkotika bland unga',
        problem: 'Fler unga under 18 år misstänks för narkotikabrott.',
        causes: 'Tillgången via sociala medier har ökat; få vuxna ute på kvällstid.',
        goal: 'Antalet unga som misstänks för narkotikabrott ska minska med 20 procent till 2027.',
        indicator: 'Polisens statistik över misstänkta personer under 18 år.',
      },
      {
        id: 'centrum',
        title: 'Trygghet i centrum',
        problem: 'Många känner sig otrygga i Ljusdals och Edsbyns centrum kvällstid.',
        causes: 'Dålig belysning och stökiga miljöer kring resecentrum.',
        goal: 'Andelen som känner sig trygga i centrum kvällstid ska öka från 55 till 70 procent.',
        indicator: 'Frågan om trygghet i centrum i den årliga trygghetsmätningen.',
      },
      {
        id: 'vald',
        title: 'Våld i nära relationer',
        problem: 'Våld i nära relationer är ofta dolt och anmäls sällan.',
        causes: 'Låg kunskap om var man kan få stöd; beroende av förövaren.',
        goal: 'Antalet anmälningar ska öka med 15 procent medan de upprepade utsattheterna minskar.',
        indicator: 'Anmälda brott och antal ärenden hos kvinnofridsenheten.',
      },
    ],
    groups: [
      {
        id: 'styrgrupp',
        type: 'styrgrupp',
        name: '',
        members: 'Kommundirektörerna i båda kommunerna och lokalpolisområdeschefen.',
        meetings: 'två gånger per år',
      },
      {
        id: 'beredning',
        type: 'lokalt-rad',
        name: 'BRÅ i Ljusdal och Ovanåker',
        members: 'Brottsförebyggande samordnarna, kommunpoliserna och cheferna för socialtjänst och skola.',
        meetings: 'fyra gånger per år',
      },
      {
        id: 'centrumgrupp',
        type: 'arbetsgrupp',
        name: 'Arbetsgrupp Centrum',
        members: 'Samordnarna, kommunpolisen, fastighetsägare och näringslivet.',
        meetings: 'varannan månad',
      },
    ],
    activities: [
      { id: 's1', partyIds: ['polis'], focusAreaId: 'narkotika', text: 'genomföra minst fyra riktade insatser per år mot narkotikabrott bland unga', quantity: 4, unit: 'insatser', frequency: 'per år' },
      { id: 's2', partyIds: ['ljusdal', 'ovanaker'], focusAreaId: null, text: 'ta fram och varje år uppdatera den gemensamma lägesbilden', frequency: 'varje år' },
      { id: 's3', partyIds: ['ljusdal', 'ovanaker', 'polis'], focusAreaId: 'centrum', text: 'genomföra två trygghetsvandringar per år i centrum', quantity: 2, unit: 'trygghetsvandringar', frequency: 'per år' },
    ],
    documentation:
      'Varje part dokumenterar sina insatser löpande. Samordnarna för protokoll från styrgruppens och rådets möten.',
    followUpPlan:
      'Styrgruppen följer upp överenskommelsen två gånger per år och rapporterar till kommunstyrelserna och lokalpolisområdets ledning.',
    communication: 'Överenskommelsen och medborgarlöftena publiceras på kommunernas och polisens webbplatser.',
    organisation: 'Samverkan leds av en gemensam styrgrupp. Det lokala brottsförebyggande rådet bereder frågorna.',
    attachments: [{ title: 'Lägesbild 2023' }, { title: 'Åtgärdsplan 2024' }, { title: 'Kommunikationsplan' }],
    signatories: [
      { partyId: 'ljusdal', name: 'Markus Evensson', title: 'Kommunstyrelsens ordförande', place: 'Ljusdal', date: null },
      { partyId: 'ovanaker', name: 'Anna Karlsson', title: 'Kommunstyrelsens ordförande', place: 'Edsbyn', date: null },
      { partyId: 'polis', name: 'Karin Lindqvist', title: 'Lokalpolisområdeschef', place: 'Hudiksvall', date: null },
    ],
    originals: 3,
    relatedIds: [],
    createdAt: '2023-11-01T09:00:00.000Z',
    updatedAt: '2023-11-20T15:30:00.000Z',
    ...overrides,
  });
}

/** The level-1 headings of the agreement's document, in print order (domain.md's section order). */
export const AGREEMENT_HEADINGS = [
  'Parter och bakgrund',
  'Syfte och övergripande mål',
  'Gemensam lägesbild',
  'Fokusområden',
  'Organisation',
  'Ansvar och åtaganden',
  'Dokumentation',
  'Uppföljning och revidering',
  'Kommunikation',
  'Giltighetstid',
  'Underskrifter',
  'Bilagor',
];
