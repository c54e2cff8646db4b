/**
 * A PDF's text, read with PDF.js (pdfjs-dist) in a process of its own
 * (./pdf-worker.mjs): PDF.js is asynchronous and the pipeline is not.
 * Each PDF is read once per process, by its content.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const WORKER = fileURLToPath(new URL('./pdf-worker.mjs', import.meta.url));
const read = new Map<string, { text: string } | { error: string }>();

/** The text of the PDF, or why it could not be read (PDF.js's words, for the owner's message). */
export function pdfText(bytes: Uint8Array): { text: string } | { error: string } {
  const key = createHash('sha256').update(bytes).digest('hex');
  let result = read.get(key);
  if (!result) {
    try {
      result = { text: execFileSync(process.execPath, [WORKER], { input: bytes, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] }) };
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim();
      result = { error: stderr || (error as Error).message.split('\n')[0]! };
    }
    read.set(key, result);
  }
  return result;
}
