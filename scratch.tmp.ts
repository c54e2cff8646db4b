import { checkWith, replace } from './tests/content/project.ts';
const r = checkWith({
  'content/rutiner/goteborgs-stad.mdx': replace('ska socialsekreteraren i första hand informera', 'ska socialsekreteraren alltid informera'),
  'content/rutiner/goteborgs-stad/beslutat-dokument.txt': replace('ska socialsekreteraren i första hand informera', 'ska socialsekreteraren alltid informera'),
});
console.log(r.errors.join('\n'));
