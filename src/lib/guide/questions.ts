import { CASE_FACTS, type CaseFact } from '../process/questions.ts';
import { rolesInOrder, type ProcessModel } from '../process/model.ts';

/** The guide's questions, in the order it asks them; ids are the URL's keys. */
export const QUESTION_IDS = [
  'roll',
  'forvaltning',
  'forstaKontakt',
  'samtycke',
  'frigivning',
  'naraFrigivning',
  'behov',
  'befintligKontakt',
  'funktionsvariation',
  'alder1824',
] as const;

export type QuestionId = (typeof QUESTION_IDS)[number];
export type Answers = Partial<Record<QuestionId, string>>;

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export interface Question {
  id: QuestionId;
  /** The question itself: the fieldset's legend, or the date field's label. */
  legend: string;
  hint?: string;
  kind: 'val' | 'datum';
  options: Option[];
  /** How the answer reads in the summary ("Ändra" list). */
  summaryLabel: string;
}

const YES_NO: Option[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
];

type FixedQuestion = Omit<Question, 'options'> & { options?: Option[] };

const FIXED: Record<Exclude<QuestionId, 'roll'>, FixedQuestion> = {
  forvaltning: {
    id: 'forvaltning',
    legend: 'Vilken förvaltning handlägger ärendet?',
    kind: 'val',
    summaryLabel: 'Förvaltning',
    options: [
      { value: 'nordost', label: 'Socialförvaltningen Nordost', hint: 'Stadens rutin och Nordosts lokala rutin gäller.' },
      { value: 'annan', label: 'Centrum, Hisingen eller Sydväst', hint: 'Stadens rutin gäller.' },
    ],
  },
  forstaKontakt: {
    id: 'forstaKontakt',
    legend: 'Vem tog den första kontakten med socialtjänsten?',
    kind: 'val',
    summaryLabel: 'Första kontakten',
    options: [
      { value: 'frivarden', label: 'Frivården' },
      {
        value: 'frivarden-funktionsstod',
        label: 'Frivården, direkt till funktionsstöd',
        hint: 'Frivården vände sig till förvaltningen för funktionsstöd i stället för till vuxenenheten.',
      },
      { value: 'den-enskilde', label: 'Personen själv', hint: 'Till exempel genom att ringa från anstalten.' },
    ],
  },
  samtycke: {
    id: 'samtycke',
    legend: 'Har den enskilde gett skriftligt samtycke till samverkan mellan socialtjänst och frivård?',
    kind: 'val',
    summaryLabel: 'Samtycke',
    options: [
      { value: 'ja', label: 'Ja' },
      { value: 'nej', label: 'Nej, den enskilde samtycker inte' },
      { value: 'inte-annu', label: 'Inte ännu, eller vet inte', hint: 'Till exempel när personen själv har hört av sig och frivården inte har inhämtat samtycket än.' },
    ],
  },
  frigivning: {
    id: 'frigivning',
    legend: 'När är den villkorliga frigivningen planerad?',
    hint: 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-15.',
    kind: 'datum',
    summaryLabel: 'Planerad frigivning',
  },
  naraFrigivning: {
    id: 'naraFrigivning',
    legend: 'Initierades Insluss så nära inpå frigivningen att planeringen före frigivningen blir mindre omfattande?',
    hint: 'Rutinen anger ingen gräns i dagar eller veckor. Du avgör utifrån ärendet.',
    kind: 'val',
    summaryLabel: 'Initierat nära inpå frigivningen',
    options: YES_NO,
  },
  behov: {
    id: 'behov',
    legend: 'Behöver den enskilde försörjningsstöd och/eller sysselsättning?',
    kind: 'val',
    summaryLabel: 'Behov av försörjningsstöd eller sysselsättning',
    options: YES_NO,
  },
  befintligKontakt: {
    id: 'befintligKontakt',
    legend: 'Har den enskilde redan en upprättad kontakt på en enhet för ekonomiskt bistånd?',
    kind: 'val',
    summaryLabel: 'Kontakt på ekonomiskt bistånd',
    options: YES_NO,
  },
  funktionsvariation: {
    id: 'funktionsvariation',
    legend: 'Har frivården redan från början signalerat att den enskilde har någon form av funktionsvariation?',
    kind: 'val',
    summaryLabel: 'Funktionsvariation signalerad',
    options: YES_NO,
  },
  alder1824: {
    id: 'alder1824',
    legend: 'Är den enskilde 18–24 år?',
    kind: 'val',
    summaryLabel: '18–24 år',
    options: YES_NO,
  },
};

/** A question with its options; the roles come from the process model. */
export function question(model: ProcessModel, id: QuestionId): Question {
  if (id === 'roll') {
    return {
      id,
      legend: 'Vilken är din roll i ärendet?',
      kind: 'val',
      summaryLabel: 'Roll',
      options: rolesInOrder(model).map((role) => ({ value: role.id, label: role.namn, hint: role.organisation })),
    };
  }
  const fixed = FIXED[id];
  return { ...fixed, options: fixed.options ?? [] };
}

/** Whether a question id also names a fact in the steps' conditions. */
export function isCaseFactQuestion(id: QuestionId): id is QuestionId & CaseFact {
  return Object.hasOwn(CASE_FACTS, id);
}
