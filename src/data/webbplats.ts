import { getEntry } from 'astro:content';

/** What this installation filled in (content/webbplats.yaml), with the defaults for what it left out. */
export async function siteSettings() {
  return (await getEntry('webbplats', 'webbplats'))!.data;
}
