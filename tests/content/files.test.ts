import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith } from './project.ts';

// An owner's edit to a file the site never reads must not vanish without a
// word (issue 23, point 10): the check names the file and what to do.
test('a copy of the steps saved as steg.yml is named, and points to steg.yaml', () => {
  const { errors } = checkWith({}, { 'content/process/steg.yml': '- id: nytt-steg\n' });
  assert.deepEqual(
    errors.filter((error) => error.startsWith('content/process/steg.yml: ')),
    [
      'content/process/steg.yml: webbplatsen läser inte filen, så inget av det som står i den syns. I content/process/ läser webbplatsen: roller.yaml (rollerna), faser.yaml (faserna), steg.yaml (stegen), fragor.yaml (guidens frågor), granskning.yaml (granskningen av stegen, som npm run granska skriver). Ändringarna ska stå i steg.yaml: för över dem dit och ta bort steg.yml.',
    ],
  );
});

test('a routine saved as plain text is named, with the files the site reads in content/rutiner/', () => {
  const { errors } = checkWith({}, { 'content/rutiner/goteborgs-stad.txt': 'Göteborgs Stads rutin\n' });
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0]!, /^content\/rutiner\/goteborgs-stad\.txt: webbplatsen läser inte filen/);
  assert.match(errors[0]!, /Ändringarna ska stå i goteborgs-stad\.mdx/);
});

test('hidden files (a system\'s or an editor\'s) are not content', () => {
  const { errors } = checkWith({}, { 'content/.DS_Store': '', 'content/process/.steg.yaml.swp': '', 'content/rutiner/.utkast.mdx': 'inget sidhuvud' });
  assert.deepEqual(errors, []);
});
