/**
 * Anchors a routine page has besides the routine's own headings, so that
 * content can link to them and the content check knows they exist.
 */
export const HISTORY_ID = 'versionshistorik';
export const DOCUMENT_HEADER_ID = 'dokumentuppgifter';
export const ROUTINE_PAGE_IDS = ['innehall', 'innehall-rubrik', DOCUMENT_HEADER_ID, HISTORY_ID] as const;
