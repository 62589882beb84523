// Preload (sandboxed, context-isolated): the renderer's only door to the main
// process is `window.omni.invoke(method, input)`, one IPC channel that the main
// process checks (sender frame, method name, input schema) before dispatching.
// Nothing else is exposed: no ipcRenderer, no Node, no event listeners.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/api/result';
import { OMNI_INVOKE_CHANNEL } from './ipc';

const api = {
  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    return ipcRenderer.invoke(OMNI_INVOKE_CHANNEL, String(method), input) as Promise<Result<unknown>>;
  },
};

contextBridge.exposeInMainWorld('omni', Object.freeze(api));
