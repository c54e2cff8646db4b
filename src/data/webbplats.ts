import { siteContent } from './content';

/** What this installation filled in (content/webbplats.yaml), with the defaults for what it left out. */
export function siteSettings() {
  return siteContent().site;
}
