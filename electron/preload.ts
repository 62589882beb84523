// Preload (sandboxed, context-isolated): the renderer's only door to the main
// process is `window.omni.invoke(method, input)`, one IPC channel that the main
// process checks (sender frame, method name, input schema) before dispatching.
// `window.omni.printPdf()` prints the page itself to a PDF (the session summary, the plan report).
// The only other door is `window.omniRoom` (the projector window: open, swap, close).
// Nothing else is exposed: no ipcRenderer, no Node, no event listeners.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/api/result';
import { OMNI_INVOKE_CHANNEL, OMNI_PRINT_PDF_CHANNEL, OMNI_ROOM_CHANNEL, type RoomAction } from './ipc';

const api = {
  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(OMNI_INVOKE_CHANNEL, String(method), input) as Promise<Result<unknown>>;
  },
  /** The page as a tagged A4 PDF (its print styles), as base64. */
  printPdf(): Promise<Result<string>> {
    return ipcRenderer.invoke(OMNI_PRINT_PDF_CHANNEL) as Promise<Result<string>>;
  },
};

contextBridge.exposeInMainWorld('omni', Object.freeze(api));

// The room view's window on the projector: open, «Bytt skjerm», close. Answers
// 'external' (a second display shows it) or 'single' (one screen).
const room = {
  open: () => roomCall('open'),
  swap: () => roomCall('swap'),
  close: () => roomCall('close'),
};
function roomCall(action: RoomAction): Promise<'external' | 'single'> {
  return ipcRenderer.invoke(OMNI_ROOM_CHANNEL, action) as Promise<'external' | 'single'>;
}
contextBridge.exposeInMainWorld('omniRoom', Object.freeze(room));
