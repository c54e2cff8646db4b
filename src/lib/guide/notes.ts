import type { NoteId } from './engine.ts';

export interface Note {
  heading: string;
  text: string;
  /** The step of the process model whose sources back the note, if the note restates the routine. */
  sourceStep?: string;
}

/** What the guide says for the cases outside the normal path, in Swedish. */
export const NOTES: Record<NoteId, Note> = {
  'ingen-samverkan': {
    heading: 'Ingen samverkan enligt Insluss utan samtycke',
    text: 'Den enskilde samtycker inte. Samtycke är en förutsättning för arbete enligt Insluss, så guiden visar inga Insluss-steg efter samtycket.',
    sourceStep: 'ingen-samverkan',
  },
  'samtycke-saknas': {
    heading: 'Samtycke finns inte ännu',
    text: 'Frivårdsinspektören inhämtar skriftligt samtycke av den enskilde och initierar därefter ärendet hos socialtjänsten som ett Insluss-ärende. Guiden visar stegen fram till samtycket. När samtycket finns: ändra svaret om samtycke, så visas stegen som följer.',
    sourceStep: 'samtycke',
  },
  'forsta-kontakt': {
    heading: 'Personen kontaktade socialtjänsten själv',
    text: 'Socialsekreteraren ska i första hand informera om Insluss-modellen och hänvisa till ansvarig frivårdsinspektör på frivården. Kontaktpersonen på anstalten kan vara behjälplig med att ta kontakt med frivårdsinspektören. Frivårdsinspektören inhämtar samtycket och initierar sedan ärendet.',
    sourceStep: 'informera-och-hanvisa',
  },
  'nara-frigivning': {
    heading: 'Insluss initierades nära inpå frigivningen',
    text: 'Du har svarat att Insluss initierades nära inpå frigivningen. Då blir planeringen mindre omfattande innan den enskilde friges, och det behöver finnas en bokad tid för fortsatt planering tillsammans med frivården efter frigivningen.',
    sourceStep: 'planering-efter-frigivning',
  },
  'frigivning-passerad': {
    heading: 'Frigivningsdatumet har passerat',
    text: 'Det datum du angav ligger före dagens datum. Kontrollera datumet. Efter frigivningen fortgår samverkan under hela övervakningstiden, till dess att övervakningen är avslutad.',
    sourceStep: 'samverkan-under-overvakningen',
  },
  'inga-steg': {
    heading: 'Inga steg för din roll i det här ärendet',
    text: 'Rutinerna ger inte din roll något steg med de svar du har gett. Ändra ett svar om ärendet ser annorlunda ut, eller läs hela processen i flödesschemat.',
  },
};
