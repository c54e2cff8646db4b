// Reads a PDF from standard input and writes its text to standard output:
// one line per line of the page, a blank line where the gap between lines
// is wider than the text's line spacing (a new paragraph) and between
// pages. Run by ./pdf-text.ts in a process of its own, because PDF.js
// reads asynchronously and the content pipeline is synchronous; it runs
// at check time only and never reaches the browser.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
try {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const lines = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = item.transform[5];
      const height = Math.abs(item.height || item.transform[3]) || 10;
      const line = lines.at(-1);
      if (line && Math.abs(line.y - y) < height / 2) {
        line.text += item.str;
        if (item.hasEOL) line.text += ' ';
      } else lines.push({ y, height, text: item.str });
    }
    const out = [];
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      if (previous && previous.y - line.y > previous.height * 1.8) out.push('');
      out.push(line.text.trim());
    });
    pages.push(out.join('\n'));
  }
  process.stdout.write(pages.join('\n\n'));
} catch (error) {
  process.stderr.write(String(error?.message ?? error));
  process.exitCode = 1;
}
