/**
 * The guide's behaviour, loaded by <role-guide> (src/elements/role-guide.ts):
 * one page at a time (a question, or a group's yes/no questions as
 * checkboxes), then the role's steps for the case as a checklist, with
 * dates.
 *
 * Everything it shows is rendered on the server: the first question in the
 * guide's page (src/pages/guide.astro), and every question, step, note and
 * answer in a <template> of /guide/mallar/ (src/pages/guide/mallar.astro),
 * fetched once. This module only chooses, orders, dates and clones; it
 * writes no step, quote or source of its own.
 *
 * The state is the address's fragment, each answer a history entry, every link built from data-guide-path: docs/adr/0002-answers-in-the-url-fragment.md.
 */
import { formatLongDate, readBackText, readTypedDate, relativeDaysText, todayInStockholm, typedDateProblem, usedDateNote } from '../lib/guide/dates';
import {
  answersToKeep,
  guideResult,
  nextPage,
  pageProgress,
  pageToChange,
  readGroupForm,
  relevantAnswers,
  relevantQuestions,
  type DatedStep,
  type GuidePage,
  type GuideResult,
} from '../lib/guide/engine';
import { stepEvent } from '../lib/guide/calendar';
import { icsCalendar, type CalendarEvent } from '../lib/guide/ics';
import type { GuideModel } from '../lib/guide/guide-model';
import type { Answers, Question } from '../lib/guide/guide-questions';
import { capitalise, datesText, standingShort, standingText } from '../lib/guide/timing';
import { guideHref, isStateFragment, readState } from '../lib/guide/url-state';

/** Fetches the templates and the rules' data, then runs the guide in `element`. */
export async function startGuide(element: HTMLElement): Promise<void> {
  const response = await fetch(element.dataset.mallar!);
  if (!response.ok) throw new Error(`The guide's templates: HTTP ${response.status}`);
  // A parsed document runs no script: the JSON in it is only data.
  const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
  const source = parsed.querySelector('[data-guide-templates]');
  if (!source) throw new Error("The guide's templates are missing");
  new Guide(element, source).start();
}

class Guide {
  private model!: GuideModel;
  private guidePath!: string;
  private body!: HTMLElement;
  private templates = new Map<string, HTMLTemplateElement>();
  /** The first question as the server rendered it, kept to show it again. */
  private firstForm!: HTMLFormElement;
  /** The address of what is shown, to restore after an in-page link (#steg-…, the skip link). */
  private shownHref = '';
  private today = todayInStockholm(new Date());
  private roleQuestionId = '';
  /**
   * Answers given on this page, in memory only: a question reached again
   * with the back button shows the answer given before (WCAG 3.3.7), though
   * the address of that earlier step does not hold it.
   */
  private remembered: Answers = {};
  /** Dates read with a weekday that was another day's, by question: said while that answer stands. */
  private dateNotes = new Map<string, { value: string; text: string }>();

  constructor(
    private readonly element: HTMLElement,
    private readonly source: Element,
  ) {}

  private querySelector<E extends Element = Element>(selector: string): E | null {
    return this.element.querySelector<E>(selector);
  }

  start() {
    this.model = JSON.parse(this.source.querySelector('script[data-guide-model]')!.textContent!) as GuideModel;
    this.roleQuestionId = this.model.questions.find((question) => question.typ === 'roll')!.id;
    this.guidePath = this.element.dataset.guidePath!;
    this.body = this.querySelector<HTMLElement>('.guide__body')!;
    for (const template of this.source.querySelectorAll<HTMLTemplateElement>('template[data-mall]')) this.templates.set(template.dataset.mall!, template);
    this.firstForm = this.body.querySelector('form')!.cloneNode(true) as HTMLFormElement;

    window.addEventListener('hashchange', () => this.onHashChange());
    window.addEventListener('beforeprint', () => this.stampPrint());
    this.render(location.hash.length > 1 && isStateFragment(location.hash), true);
  }

  private onHashChange() {
    // A link to a place on the page (a step's detail, the skip link) is not a new state: keep the answers in the address.
    const target = placeLinked();
    if (target) {
      history.replaceState(history.state, '', this.shownHref);
      // A step folded away (one under a condition, another role's) is opened where the browser does not do it itself.
      const folded = target.closest('details:not([open])');
      if (folded) {
        folded.setAttribute('open', '');
        target.scrollIntoView();
      }
      return;
    }
    this.render(true, false);
  }

  private render(focus: boolean, first: boolean) {
    // Anything in the fragment but a place on the page is read as answers: what cannot be used ("#%", "#foo") is said to be skipped.
    const state = readState(placeLinked() ? '' : location.hash, this.model);
    this.querySelector<HTMLElement>('[data-part="ignored"]')!.hidden = state.ignored === 0;
    const answers = state.answers;
    const notes = [...this.dateNotes].filter(([id, note]) => answers[id] === note.value).map(([, note]) => Object.assign(document.createElement('p'), { className: 'notice', textContent: note.text }));
    this.querySelector('[data-part="date-notes"]')!.replaceChildren(...notes);
    this.remembered = { ...this.remembered, ...answers };
    const current = state.change ? pageToChange(this.model, state.change, answers) : nextPage(this.model, answers);
    this.shownHref = guideHref(this.guidePath, this.model, answers, state.change);
    // On the first render of an empty guide the server's form is already the one to show: keep it, so nothing moves.
    const reuse = first && current?.id === this.roleQuestionId && Object.keys(answers).length === 0;
    const live = reuse ? this.body.querySelector('form')! : undefined;
    const view = !current ? this.resultView(answers) : current.group ? this.groupView(current, answers) : this.questionView(current, answers, live);
    if (!reuse) this.body.replaceChildren(view);
    if (focus) view.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private template(name: string): DocumentFragment {
    const template = this.templates.get(name);
    if (!template) throw new Error(`The guide has no template "${name}"`);
    return template.content;
  }

  private questionView(page: GuidePage, answers: Answers, live?: HTMLFormElement): HTMLFormElement {
    const q = page.questions[0]!;
    const source = q.id === this.roleQuestionId ? this.firstForm : this.template(`fraga-${q.id}`).querySelector('form')!;
    const form = live ?? (source.cloneNode(true) as HTMLFormElement);
    const offered = new Set(q.options.map((option) => option.value));
    for (const option of form.querySelectorAll<HTMLElement>('[data-option]')) if (!offered.has(option.dataset.option!)) option.remove();

    const given = answers[q.id] ?? this.remembered[q.id];
    const inputs = [...form.querySelectorAll<HTMLInputElement>(`[name="${q.id}"]`)];
    const dateInput = q.kind === 'datum' ? inputs[0] : undefined;
    // An answer already given is shown; with none, what the worker has already chosen in the page's own form stays.
    if (dateInput) {
      if (given !== undefined) dateInput.value = given;
      this.readBack(form, dateInput);
      dateInput.addEventListener('input', () => this.readBack(form, dateInput));
    } else if (given !== undefined) {
      for (const input of inputs) input.checked = input.value === given;
    }
    this.frame(form, page, answers, inputs);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = dateInput ? this.typedDate(dateInput.value) : { value: inputs.find((input) => input.checked)?.value, problem: 'Välj ett av svaren.' };
      if (value.value === undefined) return this.showError(form, inputs, value.problem);
      if (value.note) this.dateNotes.set(q.id, { value: value.value, text: value.note });
      else this.dateNotes.delete(q.id);
      this.go(guideHref(this.guidePath, this.model, answersToKeep(this.model, { ...answers, [q.id]: value.value })));
    });
    return form;
  }

  /** A group's page: one checkbox per question still needed, checked is ja; the last box, "none of these", excludes the others. */
  private groupView(page: GuidePage, answers: Answers): HTMLFormElement {
    const form = this.template(`grupp-${page.group}`).querySelector('form')!.cloneNode(true) as HTMLFormElement;
    const shown = page.questions.map((q) => q.id);
    for (const option of form.querySelectorAll<HTMLElement>('[data-option]')) if (!shown.includes(option.dataset.option!)) option.remove();
    const boxes = shown.map((id) => form.querySelector<HTMLInputElement>(`input[name="${id}"]`)!);
    const none = form.querySelector<HTMLInputElement>('input[data-exclusive]')!;
    const given = shown.map((id) => answers[id] ?? this.remembered[id]);
    boxes.forEach((box, index) => (box.checked = given[index] === 'ja'));
    none.checked = given.every((value) => value === 'nej');
    // GOV.UK's exclusive "none of these": checking it clears the others, checking another clears it.
    form.addEventListener('change', (event) => {
      const changed = event.target as HTMLInputElement;
      if (!changed.checked) return;
      if (changed === none) for (const box of boxes) box.checked = false;
      else none.checked = false;
    });
    const inputs = [...boxes, none];
    this.frame(form, page, answers, inputs);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const read = readGroupForm(shown, shown.filter((_, index) => boxes[index]!.checked), none.checked);
      if ('problem' in read) return this.showError(form, inputs, form.dataset.problem!);
      this.go(guideHref(this.guidePath, this.model, answersToKeep(this.model, { ...answers, ...read.answers })));
    });
    return form;
  }

  /**
   * What every page has: "Fråga N av M" (M the pages still possible after
   * the answers before this one), "Tillbaka" to the page before, an error
   * that goes as soon as the answer is changed (only the current reading
   * is said), and "Nästa" enabled.
   */
  private frame(form: HTMLFormElement, page: GuidePage, answers: Answers, inputs: HTMLInputElement[]) {
    const progress = pageProgress(this.model, page, answers);
    const counter = form.querySelector('[data-slot="progress"]')!;
    const text = `Fråga ${progress.number} av ${progress.of}`;
    if (counter.textContent !== text) counter.textContent = text;
    const back = form.querySelector<HTMLAnchorElement>('[data-slot="back"]');
    if (back && progress.previous) {
      back.href = guideHref(this.guidePath, this.model, answers, progress.previous.questions[0]!.id);
      back.hidden = false;
    } else back?.remove();
    form.addEventListener('input', () => this.clearError(form, inputs));
    form.addEventListener('change', () => this.clearError(form, inputs));
    form.querySelector('button')!.disabled = false;
  }

  private typedDate(text: string): { value?: string; problem: string; note?: string } {
    const typed = readTypedDate(text);
    return 'date' in typed ? { value: typed.date, problem: '', note: usedDateNote(typed) } : { problem: typedDateProblem(typed)! };
  }

  /** The date read back in words as it is typed, so the worker sees which day the guide will count from. */
  private readBack(form: HTMLFormElement, input: HTMLInputElement) {
    const text = readBackText(readTypedDate(input.value));
    const line = form.querySelector('.guide__readback')!;
    if (line.textContent !== text) line.textContent = text;
  }

  private clearError(form: HTMLFormElement, inputs: HTMLInputElement[]) {
    const error = form.querySelector<HTMLElement>('.guide__error')!;
    if (error.hidden) return;
    error.hidden = true;
    error.textContent = '';
    for (const input of inputs) input.removeAttribute('aria-invalid');
  }

  private showError(form: HTMLFormElement, inputs: HTMLInputElement[], message: string) {
    const error = form.querySelector<HTMLElement>('.guide__error')!;
    error.textContent = message;
    error.hidden = false;
    for (const input of inputs) input.setAttribute('aria-invalid', 'true');
    inputs[0]?.focus();
  }

  /** A new state: a new history entry, so "back" returns to the question before. */
  private go(href: string) {
    location.assign(href);
  }

  private resultView(given: Answers): HTMLElement {
    const model = this.model;
    const answers = relevantAnswers(model, given);
    const result = guideResult(model, answers, this.today);
    const view = (this.template('resultat').firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    const slot = (name: string) => view.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    const part = (name: string) => view.querySelector<HTMLElement>(`[data-part="${name}"]`)!;

    if (result.release) {
      slot('release-date').textContent = formatLongDate(result.release);
      slot('release-relative').textContent = `, ${relativeDaysText(this.today, result.release)}`;
    } else part('release').remove();
    for (const id of result.notes) slot('notes').append(this.template(`notering-${id}`).cloneNode(true));

    const own = result.steps.filter((item) => item.relation === 'egen');
    const ownConditional = result.conditional.filter((item) => item.relation === 'egen');
    const others = result.steps.filter((item) => item.relation === 'berör');
    const othersConditional = result.conditional.filter((item) => item.relation === 'berör');
    this.fill(slot('own-lines'), own, 'line');
    this.fill(slot('own-conditional-lines'), ownConditional, 'line');
    this.fill(slot('own-details'), own, 'detail');
    this.fill(slot('own-conditional-details'), ownConditional, 'detail');
    this.fill(slot('other-details'), others, 'detail');
    this.fill(slot('other-conditional-details'), othersConditional, 'detail');
    const count = others.length + othersConditional.length;
    slot('others-count').textContent = `${count} steg`;
    slot('own-conditional-count').textContent = `${ownConditional.length} steg`;
    if (ownConditional.length === 0) part('own-conditional-lines').remove();
    // "Inga steg" says it already when the role has no step at all.
    if (own.length + ownConditional.length > 0 || result.notes.includes('inga-steg')) part('no-own-steps').remove();
    if (own.length === 0) slot('own-lines').remove();
    if (own.length === 0) part('own-details').remove();
    if (ownConditional.length === 0) part('own-conditional').remove();
    if (othersConditional.length === 0) part('other-conditional').remove();
    if (count === 0) part('others').remove();

    for (const q of relevantQuestions(model, answers).filter((item) => answers[item.id] !== undefined)) slot('answers').append(this.answerRow(q, answers));
    view.querySelector<HTMLAnchorElement>('[data-action="restart"]')!.href = this.guidePath;

    const address = new URL(guideHref(this.guidePath, model, answers), location.origin).href;
    slot('address').textContent = address;
    slot('print-date').textContent = formatLongDate(this.today);
    this.tools(view, result, own, address);
    return view;
  }

  /** Clones the steps' server-rendered line or detail, in order, dates them and numbers the details of a numbered list. */
  private fill(list: HTMLElement, items: DatedStep[], form: 'line' | 'detail') {
    items.forEach((item, index) => {
      const content = this.template(`steg-${item.step.id}`);
      const element = content.querySelector(form === 'line' ? '.checklist__item' : '.guide__step')!.cloneNode(true) as HTMLElement;
      dateStep(element, item);
      const number = element.querySelector('[data-step-number]');
      if (number) {
        if (list.tagName === 'OL') number.textContent = `${index + 1}. `;
        else number.remove();
      }
      list.append(element);
    });
  }

  private answerRow(q: Question, answers: Answers): HTMLElement {
    const row = this.template(`svar-${q.id}`).firstElementChild!.cloneNode(true) as HTMLElement;
    const value = answers[q.id]!;
    const date = row.querySelector('[data-value-date]');
    if (date) date.textContent = formatLongDate(value);
    for (const option of row.querySelectorAll<HTMLElement>('[data-value]')) if (option.dataset.value !== value) option.remove();
    row.querySelector<HTMLAnchorElement>('[data-change]')!.href = guideHref(this.guidePath, this.model, answers, q.id);
    return row;
  }

  private tools(view: HTMLElement, result: GuideResult, own: DatedStep[], address: string) {
    const status = view.querySelector<HTMLElement>('[data-slot="tool-status"]')!;
    const dated = own.filter((item) => item.date);
    const calendar = view.querySelector<HTMLButtonElement>('[data-action="calendar"]')!;
    if (dated.length === 0 || !result.release) calendar.remove();
    else calendar.addEventListener('click', () => this.downloadCalendar(dated, result.release!, status));

    view.querySelector('[data-action="copy"]')!.addEventListener('click', async () => {
      const fallback = view.querySelector<HTMLElement>('[data-part="copy-fallback"]')!;
      try {
        if (!navigator.clipboard) throw new Error('No clipboard');
        await navigator.clipboard.writeText(address);
        fallback.hidden = true;
        status.textContent = 'Länken är kopierad. Den innehåller dina svar, men inga uppgifter om klienten.';
      } catch {
        // The clipboard is blocked (a setting, or a page not served over HTTPS): the link as text to copy by hand.
        const field = view.querySelector<HTMLInputElement>('[data-slot="link"]')!;
        field.value = address;
        fallback.hidden = false;
        status.textContent = 'Webbläsaren tillät inte att länken kopierades. Markera och kopiera den i fältet nedan.';
        field.focus();
        field.select();
      }
    });
    view.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
  }

  private downloadCalendar(dated: DatedStep[], release: string, status: HTMLElement) {
    const origin = location.origin;
    const events: CalendarEvent[] = dated.map((item) => {
      const data = this.templates.get(`steg-${item.step.id}`)!.dataset;
      const texts = { titel: data.titel!, tid: data.tid, vem: data.vem, vemRad: data.vemRad, kalla: data.kalla! };
      return stepEvent(item, { ...texts, kallaAdress: new URL(data.kallaAdress!, origin).href }, release);
    });
    const file = icsCalendar(events, { stamp: new Date(), name: 'Insluss' });
    const url = URL.createObjectURL(new Blob([file], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `insluss-${release}.ics`;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy; the browser may let go of the blob a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Kalenderfilen ${link.download} är hämtad, med ${events.length} datum för dina steg. Öppna den för att lägga in dagarna i din kalender.`;
  }

  private stampPrint() {
    this.today = todayInStockholm(new Date());
    const date = this.querySelector('[data-slot="print-date"]');
    if (date) date.textContent = formatLongDate(this.today);
  }
}

/**
 * The element the fragment links to, when it names one on the page rather
 * than holding the guide's state. The guide's ids are ASCII (slugs, question
 * ids), so the fragment is compared as written: nothing is decoded, and
 * a broken percent-encoding ("#%") names nothing and throws nowhere.
 */
function placeLinked(): HTMLElement | null {
  const id = location.hash.slice(1);
  return id && !isStateFragment(location.hash) ? document.getElementById(id) : null;
}

/** Fills a step's "När" with its date and how it stands today, and keeps the words that fit. */
function dateStep(root: HTMLElement, item: DatedStep) {
  const text = datesText(item);
  for (const dated of root.querySelectorAll<HTMLElement>('[data-when="dated"]')) {
    const undated = dated.previousElementSibling?.matches('[data-when="undated"]') ? dated.previousElementSibling : undefined;
    if (!text) {
      dated.remove();
      continue;
    }
    undated?.remove();
    dated.hidden = false;
    const time = dated.querySelector<HTMLTimeElement>('time[data-when-date]')!;
    time.textContent = time.hasAttribute('data-capitalise') ? capitalise(text) : text;
    time.dateTime = item.date!;
    const standing = dated.querySelector('[data-when-standing]');
    if (standing) standing.textContent = standingText(item);
    const short = dated.querySelector('[data-when-standing-short]');
    if (short) short.textContent = standingShort(item);
  }
}

