import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, type Page } from '@playwright/test';
import { routineHeader } from './routine-header';

/** The routines, by their files in content/rutiner/, with their revision dates. */
export function routines(): Array<{ id: string; senastReviderad: string }> {
  return readdirSync(new URL('../../content/rutiner/', import.meta.url))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .map((id) => ({ id, senastReviderad: routineHeader(id).senastReviderad }));
}

/** The line a page served from the saved copy shows, with the date it names. */
export const savedCopyLine = (page: Page) => page.getByText(/^Du läser en sparad kopia/);

export function savedCopyText(date: string): string {
  return `Du läser en sparad kopia från ${date}. Kontrollera mot intranätet när du kan.`;
}

/** Waits until the page's service worker is active, with everything it saves at install saved. */
export async function workerReady(page: Page): Promise<string> {
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/** The newest revision date the page's footer names: the date a saved copy of it says it is from. */
export async function newestFooterDate(page: Page): Promise<string> {
  const dates = await page.getByRole('contentinfo').locator('time').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  return dates.sort().at(-1)!;
}

/** The guide's questions as the owners wrote them (content/process/fragor.yaml). */
export function guideQuestions(): Array<{ id: string; forutsatter?: string }> {
  return load(readFileSync(new URL('../../content/process/fragor.yaml', import.meta.url), 'utf8')) as Array<{ id: string; forutsatter?: string }>;
}

/**
 * Answers the guide's questions until it shows its result: `choose` picks
 * the answer (its value) to each question, by the question's id and the
 * values offered; the default is the answer every Insluss case presupposes
 * where the question has one, else the first. A date question gets `date`.
 */
export async function answerGuide(page: Page, date: string, choose: (question: string, values: string[]) => string | undefined = () => undefined) {
  const questions = guideQuestions();
  const result = page.getByRole('heading', { name: 'Mina steg', exact: true });
  for (let asked = 0; asked < questions.length && !(await result.isVisible()); asked++) {
    const form = page.locator('.guide__body form');
    const id = (await form.getAttribute('data-question'))!;
    const values = await form.locator('input[type="radio"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    if (values.length === 0) await form.locator(`[name="${id}"]`).fill(date);
    else {
      const value = choose(id, values) ?? questions.find((question) => question.id === id)?.forutsatter ?? values[0]!;
      await form.locator(`input[value="${value}"]`).check();
    }
    await form.getByRole('button', { name: 'Nästa' }).click();
    await expect(page.locator(`.guide__body form[data-question="${id}"]`)).toHaveCount(0);
  }
  await expect(result).toBeVisible();
}

/** A date about `days` days from now, as the guide reads it. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
