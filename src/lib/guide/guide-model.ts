import type { AnswerOption, Phase, ProcessModel, Question, Role, Step, Timing } from '../process/model.ts';

/**
 * What the guide's rules need of the process model, and nothing more: the
 * page ships this to the browser as JSON. Titles, descriptions, quotes and
 * sources stay in the server-rendered HTML (one <template> per step), so
 * the browser only chooses, orders, dates and clones.
 */
export interface GuideStep extends Pick<Step, 'id' | 'roller' | 'berorda' | 'fas' | 'omfattning' | 'ersatter'> {
  tid?: (Pick<Timing, 'typ'> & Partial<Pick<Timing, 'manader' | 'tillManader' | 'dagar' | 'text'>>) | undefined;
  villkor?: { nar?: Record<string, string | string[]> | undefined; gallerOm?: string | true | undefined } | undefined;
}

export interface GuideQuestion extends Pick<Question, 'id' | 'typ' | 'forutsatter' | 'foljerAvRollen' | 'grupp'> {
  alternativ: Array<Pick<AnswerOption, 'svar' | 'omfattning'>>;
}

export interface GuideModel<S extends GuideStep = GuideStep> {
  roles: Array<Pick<Role, 'id' | 'ordning'>>;
  phases: Array<Pick<Phase, 'id' | 'ordning'>>;
  steps: S[];
  questions: GuideQuestion[];
}

/** The guide's model for the browser: ids, order, timings and conditions. */
export function guideModel(model: ProcessModel): GuideModel {
  return {
    roles: model.roles.map(({ id, ordning }) => ({ id, ordning })),
    phases: model.phases.map(({ id, ordning }) => ({ id, ordning })),
    steps: model.steps.map((step) => ({
      id: step.id,
      roller: step.roller,
      berorda: step.berorda,
      fas: step.fas,
      omfattning: step.omfattning,
      ...(step.ersatter?.length ? { ersatter: step.ersatter } : {}),
      ...(step.tid ? { tid: definedOnly({ typ: step.tid.typ, manader: step.tid.manader, tillManader: step.tid.tillManader, dagar: step.tid.dagar }) } : {}),
      ...(step.villkor
        ? { villkor: definedOnly({ nar: step.villkor.nar, gallerOm: step.villkor.gallerOm ? (true as const) : undefined }) }
        : {}),
    })),
    questions: model.questions.map((question) =>
      definedOnly({
        id: question.id,
        typ: question.typ,
        forutsatter: question.forutsatter,
        foljerAvRollen: question.foljerAvRollen,
        grupp: question.grupp,
        alternativ: question.alternativ.map((option) => definedOnly({ svar: option.svar, omfattning: option.omfattning })),
      }),
    ),
  };
}

function definedOnly<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
