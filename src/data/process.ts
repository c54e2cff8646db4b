import type { ProcessModel } from '../lib/process/model';
import { siteContent } from './content';

/** The process model from content/process/, as the content pipeline checked it against the routines and the contact data. */
export function processModel(): ProcessModel {
  return siteContent().process;
}
