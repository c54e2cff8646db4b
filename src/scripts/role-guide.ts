/**
 * <role-guide>: the step-by-role guide. One question at a time, then the
 * steps for the role and the case, with dates and sources.
 *
 * The state is the address and nothing else: every "Nästa" is an ordinary
 * GET form submission carrying the answers so far, so the back button,
 * bookmarks and shared links work, and nothing is stored or sent anywhere.
 * Every text from the address or the model is set as text, never as HTML.
 */
import { todayInStockholm, formatLongDate, parseIsoDate } from '../lib/guide/dates';
import { guideResult, nextQuestion, questionToChange, relevantAnswers, relevantQuestions, type DatedStep, type GuideResult } from '../lib/guide/engine';
import { NOTES } from '../lib/guide/notes';
import type { Answers, Question } from '../lib/guide/questions';
import { whenText } from '../lib/guide/timing';
import { readState, writeState } from '../lib/guide/url-state';
import { joinSwedish, ownerLine, ownerNames, roleById, type ProcessModel, type Step } from '../lib/process/model';

interface GuideData {
  model: ProcessModel;
  /** Routine id → its title and its sections' headings by id. */
  routines: Record<string, { title: string; path: string; sections: Record<string, string> }>;
}

type Child = Node | string | false | undefined | null;

/** A small element builder: attributes as given, children as nodes or text. */
function h(tag: string, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

class RoleGuide extends HTMLElement {
  private data!: GuideData;
  private today = todayInStockholm(new Date());

  connectedCallback() {
    this.querySelector('[data-needs-script]')?.remove();
    this.data = JSON.parse(this.dataset.guide!) as GuideData;
    const state = readState(location.search, this.data.model);
    const root = this.querySelector<HTMLElement>('.guide__body')!;
    const answers = state.answers;
    const model = this.data.model;
    const current = state.change ? questionToChange(model, state.change, answers) : nextQuestion(model, answers);
    root.replaceChildren(
      ...(state.ignored > 0
        ? [h('p', { class: 'notice guide__ignored' }, 'Några uppgifter i adressen kunde inte användas och har hoppats över.')]
        : []),
      current ? this.questionForm(current, answers) : this.result(answers),
    );
    // After an answer (a new page load with answers), put focus on what is new.
    if (location.search.length > 1) root.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private questionForm(q: Question, answers: Answers): HTMLElement {
    const model = this.data.model;
    const asked = relevantQuestions(model, { ...answers, [q.id]: undefined }).map((item) => item.id);
    const position = Math.max(asked.indexOf(q.id), 0);
    const previous = asked[position - 1];
    const hidden = Object.entries(answers)
      .filter(([id, value]) => id !== q.id && value !== undefined)
      .map(([id, value]) => h('input', { type: 'hidden', name: id, value }));
    const hintId = `guide-${q.id}-hint`;
    const errorId = `guide-${q.id}-fel`;
    const error = h('p', { class: 'guide__error', id: errorId, hidden: true });
    const hint = q.hint ? h('p', { class: 'guide__hint', id: hintId }, q.hint) : undefined;
    const describedBy = [q.hint ? hintId : '', errorId].filter(Boolean).join(' ');

    let field: HTMLElement;
    if (q.kind === 'datum') {
      // A text field, not type=date: its segments behave differently in every
      // browser and locale, while ÅÅÅÅ-MM-DD typed as text works the same for
      // keyboard, screen reader and paste.
      const input = h('input', {
        type: 'text',
        inputmode: 'numeric',
        autocomplete: 'off',
        spellcheck: 'false',
        class: 'guide__date-input',
        id: `guide-${q.id}`,
        name: q.id,
        value: answers[q.id],
        'aria-describedby': describedBy,
      });
      field = h(
        'div',
        { class: 'guide__field' },
        h('h2', { class: 'guide__legend', tabindex: '-1', 'data-focus': true }, h('label', { for: `guide-${q.id}` }, q.legend)),
        hint,
        error,
        input,
      );
    } else {
      field = h(
        'fieldset',
        { class: 'guide__fieldset', 'aria-describedby': describedBy },
        h('legend', { class: 'guide__legend', tabindex: '-1', 'data-focus': true }, h('h2', {}, q.legend)),
        hint,
        error,
        h(
          'div',
          { class: 'guide__options' },
          ...q.options.map((option) => {
            const id = `guide-${q.id}-${option.value}`;
            const optionHint = option.hint ? `${id}-hint` : undefined;
            return h(
              'div',
              { class: 'guide__option' },
              h('input', { type: 'radio', id, name: q.id, value: option.value, checked: answers[q.id] === option.value, 'aria-describedby': optionHint }),
              h('label', { for: id }, option.label),
              option.hint && h('p', { class: 'guide__option-hint', id: optionHint }, option.hint),
            );
          }),
        ),
      );
    }

    const form = h(
      'form',
      { class: 'guide__form', method: 'get', action: location.pathname, novalidate: true },
      h('p', { class: 'guide__progress' }, `Fråga ${position + 1}`),
      ...hidden,
      field,
      h(
        'div',
        { class: 'guide__actions' },
        h('button', { type: 'submit', class: 'button' }, 'Nästa'),
        previous && h('a', { href: `${location.pathname}${writeState(answers, previous)}`, class: 'guide__back' }, 'Tillbaka'),
      ),
    ) as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      const message = this.invalid(q, new FormData(form).get(q.id));
      if (!message) return;
      event.preventDefault();
      error.textContent = message;
      error.hidden = false;
      const first = form.querySelector<HTMLInputElement>(`[name="${q.id}"]`)!;
      form.querySelectorAll(`[name="${q.id}"]`).forEach((input) => input.setAttribute('aria-invalid', 'true'));
      first.focus();
    });
    return form;
  }

  private invalid(q: Question, value: FormDataEntryValue | null): string | undefined {
    if (q.kind === 'datum') {
      const text = String(value ?? '').trim();
      if (!text) return 'Skriv datumet för den planerade frigivningen.';
      return parseIsoDate(text) ? undefined : 'Skriv ett datum som finns, som ÅÅÅÅ-MM-DD, till exempel 2027-03-15.';
    }
    return value ? undefined : 'Välj ett av svaren.';
  }

  private result(given: Answers): HTMLElement {
    const model = this.data.model;
    const answers = relevantAnswers(model, given);
    const result = guideResult(model, answers, this.today);
    const role = answers.roll ? roleById(model, answers.roll) : undefined;
    return h(
      'div',
      { class: 'guide__result' },
      h('h2', { tabindex: '-1', 'data-focus': true }, 'Dina steg'),
      role && h('p', { class: 'guide__for' }, `För ${role.namn.toLowerCase()}. `, this.releaseText(result)),
      ...result.notes.map((id) => this.note(id)),
      this.summary(answers),
      result.steps.length > 0 &&
        h('ol', { class: 'guide__steps' }, ...result.steps.map((item) => this.stepItem(item))),
      result.conditional.length > 0 &&
        h(
          'section',
          { class: 'guide__conditional', 'aria-labelledby': 'galler-om' },
          h('h2', { id: 'galler-om' }, 'Steg som gäller bara om något mer stämmer'),
          h(
            'p',
            {},
            'Stegen nedan hänger på ett villkor som guiden inte frågar om. De gäller bara om villkoret stämmer i ditt ärende.',
          ),
          h('ul', { class: 'guide__steps guide__steps--conditional' }, ...result.conditional.map((item) => this.stepItem(item))),
        ),
      h(
        'div',
        { class: 'guide__actions guide__actions--result' },
        this.printButton(),
        h('a', { href: location.pathname, class: 'guide__restart' }, 'Börja om'),
      ),
    );
  }

  private releaseText(result: GuideResult): string {
    if (!result.release) return '';
    const days = result.daysToRelease!;
    const when = days === 0 ? 'i dag' : days > 0 ? `om ${days} ${days === 1 ? 'dag' : 'dagar'}` : `för ${-days} ${days === -1 ? 'dag' : 'dagar'} sedan`;
    return `Planerad frigivning: ${formatLongDate(result.release)} (${result.release}, ${when}).`;
  }

  private note(id: keyof typeof NOTES): HTMLElement {
    const note = NOTES[id];
    const step = note.sourceStep ? this.data.model.steps.find((candidate) => candidate.id === note.sourceStep) : undefined;
    return h(
      'section',
      { class: 'notice guide__note', 'aria-labelledby': `notering-${id}` },
      h('h3', { id: `notering-${id}` }, note.heading),
      h('p', {}, note.text),
      step && this.sources(step),
    );
  }

  private summary(answers: Answers): HTMLElement {
    const model = this.data.model;
    const rows = relevantQuestions(model, answers)
      .filter((q) => answers[q.id] !== undefined)
      .map((q) =>
        h(
          'div',
          { class: 'guide__answer' },
          h('dt', {}, q.summaryLabel),
          h('dd', {}, this.answerText(q, answers[q.id]!)),
          h(
            'dd',
            { class: 'guide__change' },
            h('a', { href: `${location.pathname}${writeState(answers, q.id)}` }, 'Ändra', h('span', { class: 'visually-hidden' }, ` ${q.summaryLabel.toLowerCase()}`)),
          ),
        ),
      );
    return h('section', { class: 'guide__summary', 'aria-labelledby': 'dina-svar' }, h('h3', { id: 'dina-svar' }, 'Dina svar'), h('dl', {}, ...rows));
  }

  private answerText(q: Question, value: string): string {
    if (q.kind === 'datum') return `${formatLongDate(value)} (${value})`;
    return q.options.find((option) => option.value === value)?.label ?? value;
  }

  private stepItem(item: DatedStep): HTMLElement {
    const model = this.data.model;
    const { step, relation } = item;
    const when = whenText(item);
    const condition = step.villkor?.gallerOm;
    return h(
      'li',
      { class: `guide__step guide__step--${relation === 'egen' ? 'egen' : 'berör'}` },
      condition && h('p', { class: 'guide__galler-om' }, `Gäller om ${condition}.`),
      relation === 'berör' &&
        h('p', { class: 'guide__context' }, step.vem ? 'Berör dig.' : `Görs av ${ownerNames(model, step).toLowerCase()}. Berör dig.`),
      h('h3', {}, step.titel),
      h(
        'dl',
        { class: 'step__facts' },
        h('div', {}, h('dt', {}, 'Vem'), h('dd', {}, ownerLine(model, step))),
        h('div', {}, h('dt', {}, 'När'), h('dd', {}, when.emphasis && h('strong', { class: 'guide__date' }, when.emphasis), when.text)),
        step.villkor && h('div', {}, h('dt', {}, 'Villkor'), h('dd', {}, step.villkor.text)),
        step.berorda.length > 0 &&
          h('div', {}, h('dt', {}, 'Berör också'), h('dd', {}, joinSwedish(step.berorda.map((id) => roleById(model, id).namn)))),
      ),
      h('p', {}, step.beskrivning),
      this.sources(step),
    );
  }

  private sources(step: Step): HTMLElement {
    return h(
      'div',
      { class: 'step__sources' },
      ...step.kallor.map((source) => {
        const routine = this.data.routines[source.dokument]!;
        return h(
          'figure',
          { class: 'source' },
          h(
            'figcaption',
            {},
            'Källa: ',
            h('a', { href: `${routine.path}#${source.avsnitt}` }, `${routine.title}, avsnittet ”${routine.sections[source.avsnitt] ?? source.avsnitt}”`),
          ),
          h('blockquote', {}, h('p', {}, source.citat)),
        );
      }),
    );
  }

  private printButton(): HTMLElement {
    const button = h('button', { type: 'button', class: 'button button--secondary' }, 'Skriv ut');
    button.addEventListener('click', () => window.print());
    return button;
  }
}

customElements.define('role-guide', RoleGuide);

