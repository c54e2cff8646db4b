// The content as the pipeline read it, handed to the pages by ./integration.ts
// (null only in the dev server while content/ has mistakes: every page then
// shows the mistakes instead).
declare module 'virtual:insluss/innehall' {
  const content: import('./index.ts').Content | null;
  export default content;
}
