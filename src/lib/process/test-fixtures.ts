import type { ProcessModel, Question, Step } from './model.ts';

/** A small model for unit tests: three roles' worth of steps, one from a local routine. */
export function step(id: string, overrides: Partial<Step> = {}): Step {
  return {
    id,
    typ: 'steg',
    titel: `Titel ${id}`,
    beskrivning: `Beskrivning ${id}`,
    roller: ['frivarden'],
    berorda: [],
    kontaktar: [],
    fas: 'uppstart',
    start: false,
    nasta: [],
    omfattning: 'stad',
    kallor: [{ dokument: 'stad', avsnitt: 'modellen', citat: 'Kontakten ska initieras av frivården.' }],
    ...overrides,
  };
}

const yesNoOptions = () => [
  { svar: 'ja', text: 'Ja' },
  { svar: 'nej', text: 'Nej' },
];
const yesNo = (id: string): Question => ({ id, typ: 'val', fraga: `Fråga ${id}?`, svarsrubrik: id, alternativ: yesNoOptions() });

/** Questions shaped like content/process/fragor.yaml, for models in tests. */
export function questions(
  foljerAvRollen: Question['foljerAvRollen'] = { forsorjningsstod: { behov: 'ja' }, funktionsstod: { forvaltning: 'nordost' } },
): Question[] {
  return [
    {
      id: 'roll',
      typ: 'roll',
      fraga: 'Vilken är din roll?',
      svarsrubrik: 'Roll',
      alternativ: [],
      foljerAvRollen,
    },
    {
      id: 'forvaltning',
      typ: 'val',
      fraga: 'Vilken förvaltning?',
      svarsrubrik: 'Förvaltning',
      alternativ: [
        { svar: 'nordost', text: 'Nordost', omfattning: ['stad', 'nordost'] },
        { svar: 'annan', text: 'Annan', omfattning: ['stad'] },
      ],
    },
    {
      id: 'forstaKontakt',
      typ: 'val',
      fraga: 'Vem tog kontakt?',
      svarsrubrik: 'Första kontakten',
      alternativ: [
        { svar: 'frivarden', text: 'Frivården' },
        { svar: 'frivarden-funktionsstod', text: 'Frivården, direkt till funktionsstöd' },
        { svar: 'den-enskilde', text: 'Personen själv' },
      ],
    },
    {
      id: 'samtycke',
      typ: 'val',
      fraga: 'Samtycke?',
      svarsrubrik: 'Samtycke',
      forutsatter: 'ja',
      alternativ: [...yesNoOptions(), { svar: 'inte-annu', text: 'Inte ännu' }],
    },
    { id: 'frigivning', typ: 'datum', fraga: 'När?', svarsrubrik: 'Frigivning', alternativ: [] },
    yesNo('naraFrigivning'),
    yesNo('behov'),
    yesNo('befintligKontakt'),
    yesNo('funktionsvariation'),
    yesNo('alder1824'),
  ];
}

export function smallModel(): ProcessModel {
  return {
    questions: questions({ vuxen: { behov: 'ja' } }),
    roles: [
      { id: 'frivarden', kortnamn: 'Frivården', namn: 'Frivårdsinspektör', organisation: 'Frivården', beskrivning: '', kontakter: [], ordning: 1 },
      { id: 'vuxen', kortnamn: 'Vuxen', namn: 'Vuxenenheten', organisation: 'Socialtjänsten', beskrivning: '', kontakter: ['vuxen-mottag'], ordning: 2 },
    ],
    phases: [
      { id: 'planering', namn: 'Planering', ordning: 2 },
      { id: 'uppstart', namn: 'Uppstart', ordning: 1 },
    ],
    steps: [
      step('mote', { fas: 'planering', roller: ['vuxen'], berorda: ['frivarden'], nasta: [{ till: 'slut' }] }),
      step('samtycke', { start: true, nasta: [{ till: 'mote', etikett: 'Samtycker "ja"' }, { till: 'nej' }] }),
      step('nej', { typ: 'utfall', titel: 'Ingen samverkan' }),
      step('slut', { fas: 'planering', roller: ['vuxen', 'frivarden'], omfattning: 'lokal' }),
    ],
    routines: [
      { id: 'stad', title: 'Stadens rutin', kortnamn: 'Stadens rutin', forvaltningar: ['Norr', 'Syd'], ordning: 1 },
      { id: 'lokal', title: 'Lokal rutin', kortnamn: 'Lokal rutin Norr', forvaltningar: ['Norr'], kompletterar: 'stad', ordning: 2 },
    ],
  };
}

export const ROUTINE = {
  id: 'stad',
  body: ['## Rutin', '', '### Modellen', '', 'Kontakten ska **initieras** av', 'frivården. Sedan följer mer.', '', '### Målgrupp', '', 'En annan mening.'].join('\n'),
};
