import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerText, guideGroup, guideQuestion, modelRoles } from './support/process';

/**
 * Issue 21: the new hire's case on a 375 × 812 phone, driven as a worker
 * does it: tap an answer, tap "Nästa", scroll only when what comes next is
 * below the screen. Every screen looked at (a new page, or a scroll of up
 * to one screen) and every tap is counted; typing the date is not.
 * Wording is read from content/process/.
 */
const NOW = new Date('2026-11-23T10:00:00+01:00');
const SCREEN = { width: 375, height: 812 };

test.use({ viewport: SCREEN, hasTouch: true });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

class Worker {
  screens = 1;
  taps = 0;
  constructor(private readonly page: Page) {}

  /** Scrolls, a screen at most each time, until the whole of `target` is on the screen. */
  async reach(target: Locator) {
    await target.waitFor();
    for (let i = 0; i < 20; i++) {
      const box = await target.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      });
      if (box.top >= 0 && box.bottom <= SCREEN.height) return;
      const by = box.top < 0 ? box.top - 16 : Math.min(SCREEN.height, box.bottom - SCREEN.height + 16);
      await this.page.evaluate((y) => window.scrollBy(0, y), by);
      this.screens++;
    }
    throw new Error('Could not scroll to the target');
  }

  async tap(target: Locator) {
    await this.reach(target);
    await target.tap();
    this.taps++;
  }

  /** Taps "Nästa", and looks at the page that follows: one screen more. */
  async next() {
    await this.tap(this.page.getByRole('button', { name: 'Nästa' }));
    this.screens++;
  }
}

test('the new hire\'s case on a phone: at most 7 screens and 12 taps, the first answers on the first screen, "Fråga N av M" all the way', async ({ page }) => {
  const worker = new Worker(page);
  const role = modelRoles().find((candidate) => candidate.id === 'vuxenenheten')!;
  await page.goto('guide/');
  await expect(page.getByRole('button', { name: 'Nästa' })).toBeEnabled();

  // The first question's first answers are on the first screen, before any scroll.
  const first = page.getByRole('group', { name: guideQuestion('roll').fraga });
  for (const answer of await first.getByRole('radio').all().then((radios) => radios.slice(0, 2))) await expect(answer).toBeInViewport({ ratio: 1 });
  const counters: string[] = [];
  // Read once the page's question is there: "Nästa" leaves the old page up for a moment.
  const counter = async (question: Locator) => {
    await question.waitFor();
    counters.push((await page.locator('.guide__progress').textContent())!);
  };

  await counter(first);
  await worker.tap(first.getByLabel(role.namn, { exact: true }));
  await worker.next();
  for (const [id, value] of [
    ['forvaltning', 'nordost'],
    ['forstaKontakt', 'frivarden'],
    ['samtycke', 'ja'],
  ] as const) {
    const question = page.getByRole('group', { name: guideQuestion(id).fraga });
    await counter(question);
    await worker.tap(question.getByLabel(answerText(id, value), { exact: true }));
    await worker.next();
  }
  // Release in about three months: typed, not counted as taps.
  const date = page.getByLabel(guideQuestion('frigivning').fraga);
  await counter(date);
  await worker.reach(date);
  await date.fill('2027-02-23');
  await worker.next();

  // The facts of the case on one page: only the need is true.
  const facts = page.getByRole('group', { name: guideGroup('omArendet').fraga });
  await counter(facts);
  await worker.tap(facts.getByLabel(guideQuestion('behov').kryssruta!, { exact: true }));
  await worker.next();

  await expect(page.getByRole('heading', { name: 'Mina steg', exact: true })).toBeFocused();
  expect(page.url()).toMatch(/#roll=vuxenenheten&forvaltning=nordost&forstaKontakt=frivarden&samtycke=ja&frigivning=2027-02-23&naraFrigivning=nej&behov=ja&befintligKontakt=nej&funktionsvariation=nej&alder1824=nej$/);
  expect(worker.taps, 'taps').toBeLessThanOrEqual(12);
  expect(worker.screens, 'screens').toBeLessThanOrEqual(7);
  // The counter says where the worker is, of the pages still possible.
  expect(counters).toEqual(counters.map((_, index) => `Fråga ${index + 1} av ${counters.length}`));
});
