import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * What axe checks on every page: WCAG 2.1 A and AA, the level the Swedish
 * DOS law asks, and WCAG 2.2's target size (2.5.8), which Lighthouse's
 * accessibility score counts (the bench's budget is 100) and which a
 * token's pixel less between a card's phone numbers once broke unnoticed.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules broken on the page as it is now, one line each, naming the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe once in the page. The default opens a blank page
  // per pass to merge the results of frames, which this site has none of,
  // and loads axe a second time there: half the time of every pass.
  // Only violations are reported, so axe builds no selectors for the passes.
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  return violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
