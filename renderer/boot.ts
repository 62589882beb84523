// The renderer's first entry: a small module that runs, as its own task, while
// the main bundle is still being fetched and parsed. It only sends the start
// page's reads (`app/startReads.ts`); main.tsx picks their answers up.
import './app/startReads';
