import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';

// What wraps on a phone's narrow screen (issue 21.4): a contents list's
// numbers and bullets, a breadcrumb's "›", e-mail addresses; and the
// contacts page's way to each unit. Names and addresses come from content/.

const read = <T>(file: string): T => load(readFileSync(new URL(`../content/${file}`, import.meta.url), 'utf8')) as T;
const roles = read<Array<{ id: string; namn: string }>>('process/roller.yaml');
const units = read<{ enheter: Array<{ id: string; namn: string }> }>('kontakter.yaml').enheter;

/** The role whose name is longest: its page's breadcrumb wraps first. */
const longestRole = [...roles].sort((a, b) => b.namn.length - a.namn.length)[0]!;

/**
 * For each wrapped link of a list: how far the item's marker (its number
 * or bullet) stands from the link's first line. A marker stands on its
 * item's first line box, as does a probe put first in the item.
 */
function markerOffsets(links: Locator) {
  return links.evaluateAll((elements) =>
    elements
      .map((link) => {
        const lineHeight = parseFloat(getComputedStyle(link).lineHeight);
        if (link.getBoundingClientRect().height < 1.6 * lineHeight) return undefined;
        const probe = document.createElement('span');
        probe.textContent = '\u200b';
        link.parentElement!.prepend(probe);
        const range = document.createRange();
        range.setStart(link.firstChild!, 0);
        range.setEnd(link.firstChild!, 1);
        const offset = probe.getBoundingClientRect().bottom - range.getBoundingClientRect().bottom;
        probe.remove();
        return { text: link.textContent!.trim(), offset };
      })
      .filter((found) => found !== undefined),
  );
}

test.describe('a contents list on a narrow screen (issue 21.4)', () => {
  test('on a role page ("På sidan"), a wrapped item\'s bullet stands beside its first line', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`roller/${longestRole.id}/`);
    const offsets = await markerOffsets(page.locator('nav.toc li > a'));
    expect(offsets.length, 'some item wraps at 320 px').toBeGreaterThan(0);
    for (const { text, offset } of offsets) expect(Math.abs(offset), text).toBeLessThan(6);
  });

  test('a role page\'s count of steps stays with its words', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`roller/${longestRole.id}/`);
    const counted = page.locator('nav.toc a', { hasText: /\(\d+\)$/ });
    expect(await counted.count()).toBeGreaterThan(0);
    for (const link of await counted.all()) {
      // A no-break space joins the count to the word before it.
      expect(await link.textContent()).toMatch(/\S\u00a0\(\d+\)$/);
    }
  });
});

test.describe('a breadcrumb on a narrow screen (issue 21.4)', () => {
  /** Each "›": whether it shares its line with the end of the crumb before it, and whether it starts a line. */
  function separators(page: Page) {
    return page.locator('nav.breadcrumbs li').evaluateAll((items) =>
      items.flatMap((item) => {
        const separator = item.querySelector('.breadcrumbs__separator');
        if (!separator) return [];
        const link = item.querySelector('a')!;
        const range = document.createRange();
        range.setStart(link.lastChild!, link.lastChild!.textContent!.length - 1);
        range.setEnd(link.lastChild!, link.lastChild!.textContent!.length);
        const [before, mark] = [range.getBoundingClientRect(), separator.getBoundingClientRect()];
        const list = item.closest('ol')!.getBoundingClientRect();
        return [{ after: link.textContent!, withCrumb: mark.top < before.bottom && mark.bottom > before.top, startsLine: mark.left - list.left < 2 }];
      }),
    );
  }

  for (const path of [`roller/${longestRole.id}/`, 'rutiner/goteborgs-stad/']) {
    test(`on /${path}, at every width from 300 to 520 px, each "›" stays on the line of the crumb before it`, async ({ page }) => {
      await page.goto(path);
      const height = () => page.locator('nav.breadcrumbs ol').evaluate((list) => list.getBoundingClientRect().height);
      let oneLine: number | undefined;
      let wrapped = 0;
      for (let width = 520; width >= 300; width -= 10) {
        await page.setViewportSize({ width, height: 700 });
        const found = await separators(page);
        expect(found.length).toBeGreaterThan(0);
        for (const { after, withCrumb, startsLine } of found) {
          expect(withCrumb, `"›" after ${after} at ${width} px`).toBe(true);
          expect(startsLine, `"›" after ${after} at ${width} px starts a line`).toBe(false);
        }
        oneLine ??= await height();
        if ((await height()) > 1.5 * oneLine) wrapped++;
      }
      expect(wrapped, 'the breadcrumb wraps at some of these widths').toBeGreaterThan(0);
    });
  }

  test('the "›" is not read out: the crumbs are a list of links and the page', async ({ page }) => {
    await page.goto(`roller/${longestRole.id}/`);
    await expect(page.getByRole('navigation', { name: 'Du är här' })).toMatchAriaSnapshot(
      `- list:\n  - listitem:\n    - link "Start"\n  - listitem:\n    - link "Roller"\n  - listitem: ${longestRole.namn}`,
    );
  });
});

test.describe('e-mail addresses on a narrow screen (issue 21.4)', () => {
  /** Where each address breaks: the character each of its later lines starts with. */
  function lineStarts(page: Page) {
    return page.locator('a[href^="mailto:"]').evaluateAll((links) =>
      links.map((link) => {
        const starts: string[] = [];
        let top: number | undefined;
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
          for (let index = 0; index < text.length; index++) {
            const range = document.createRange();
            range.setStart(text, index);
            range.setEnd(text, index + 1);
            const rect = range.getBoundingClientRect();
            if (top !== undefined && rect.top > top + 2) starts.push(text.data[index]!);
            top = top === undefined ? rect.top : Math.max(top, rect.top);
          }
        }
        return { address: link.textContent!, starts };
      }),
    );
  }

  for (const width of [320, 375]) {
    test(`on /kontakter/ at ${width} px an address breaks only before an "@" or a dot, never mid-word`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('kontakter/');
      const addresses = await lineStarts(page);
      expect(addresses.length).toBeGreaterThan(0);
      for (const { address, starts } of addresses) for (const start of starts) expect(['@', '.'], address).toContain(start);
      if (width === 320) expect(addresses.some(({ starts }) => starts.length > 0), 'some address wraps at 320 px').toBe(true);
    });
  }
});

test.describe('the contacts page on a phone (issue 21.4)', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('a short list on the first screen leads to each unit', async ({ page }) => {
    await page.goto('kontakter/');
    const list = page.getByRole('navigation', { name: 'Enheter på sidan' });
    await expect(list).toBeInViewport({ ratio: 1 });
    await expect(list.getByRole('link')).toHaveText(units.map((unit) => unit.namn));
    for (const unit of units) {
      await page.evaluate(() => scrollTo(0, 0));
      await list.getByRole('link', { name: unit.namn, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#${unit.id}$`));
      await expect(page.getByRole('heading', { level: 2, name: unit.namn, exact: true })).toBeInViewport();
    }
  });
});
