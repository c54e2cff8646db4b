import type { NoteId } from './engine.ts';
import { CLOSE_TO_RELEASE_DAYS } from './engine.ts';

export interface Note {
  heading: string;
  text: string;
  /** The step of the process model whose sources back the note. */
  sourceStep: string;
}

/** What the guide says for the cases outside the normal path, in Swedish. */
export const NOTES: Record<NoteId, Note> = {
  'ingen-samverkan': {
    heading: 'Ingen samverkan enligt Insluss utan samtycke',
    text: 'Den enskilde har inte samtyckt. Samtycke är en förutsättning för arbete enligt Insluss, så guiden visar inga Insluss-steg. Frivårdsinspektören inhämtar samtycket.',
    sourceStep: 'ingen-samverkan',
  },
  'forsta-kontakt': {
    heading: 'Personen kontaktade socialtjänsten själv',
    text: 'Informera i första hand om Insluss-modellen och hänvisa till ansvarig frivårdsinspektör på frivården. Kontaktpersonen på anstalten kan hjälpa personen att ta kontakt. Frivårdsinspektören inhämtar samtycket och initierar sedan ärendet.',
    sourceStep: 'informera-och-hanvisa',
  },
  'nara-frigivning': {
    heading: 'Frigivningen är nära',
    text: `Planeringen före frigivningen blir mindre omfattande, och det behöver finnas en bokad tid för fortsatt planering tillsammans med frivården efter frigivningen. Rutinerna säger inte hur nära som är ”nära inpå”: guiden räknar med mindre än ${CLOSE_TO_RELEASE_DAYS / 7} veckor, den sista tidpunkt före frigivningen som rutinerna nämner (nybesöket).`,
    sourceStep: 'planering-efter-frigivning',
  },
  'frigivning-passerad': {
    heading: 'Frigivningsdatumet har passerat',
    text: 'Det datum du angav ligger före dagens datum. Kontrollera datumet. Efter frigivningen fortgår samverkan under hela övervakningstiden, till dess att övervakningen är avslutad.',
    sourceStep: 'samverkan-under-overvakningen',
  },
};
