// Electron main process: one hardened window over the workbook.
//
// The renderer is served from the privileged `app://omniverksted` scheme (never
// file://), talks to the main process through the one `omni:invoke` channel,
// and may not navigate, open windows, attach webviews, ask for permissions or
// load anything that is not ours. The API itself (validation, handlers) is the
// same `dispatch` the loopback HTTP transport uses.
import fs from 'node:fs';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import type { Result } from '../shared/api/result';
import { t } from '../shared/i18n';
import type { Dispatch } from './api/dispatch';
import { createWorkbookDispatch } from './api/handlers';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  OMNI_INVOKE_CHANNEL,
  OMNI_PRINT_PDF_CHANNEL,
  OMNI_ROOM_CHANNEL,
  ROOM_ACTIONS,
  isAppUrl,
  type RoomAction,
} from './ipc';
import { createRoomWindows, type RoomWindows } from './room';
import { SECURITY_HEADERS } from './security';
import { readStaticFile } from './static-files';
import { WorkbookRefusedError, openWorkbook, type Workbook } from './workbook/connection';

const WORKBOOK_FILE = 'workbook.omni.sqlite';
/** better-sqlite3 rebuilt for Electron by scripts/electron-native.mjs (development only). */
const DEV_NATIVE_BINDING = path.join(
  '.electron-native',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);
const MAX_METHOD_LENGTH = 200;

let workbook: Workbook | undefined;
let dispatch: Dispatch | undefined;
let mainWindow: BrowserWindow | undefined;
let roomWindows: RoomWindows | undefined;

// ---------------------------------------------------------------- paths

/** dist-electron/main.cjs lives next to dist/ (in the project and in the asar). */
const appRoot = (): string => app.getAppPath();
const rendererRoot = (): string => path.join(appRoot(), 'dist', 'renderer');
const preloadPath = (): string => path.join(__dirname, 'preload.cjs');

function workbookPath(): string {
  const override = process.env.OMNI_WORKBOOK;
  return override && override.trim() !== ''
    ? path.resolve(override)
    : path.join(app.getPath('userData'), WORKBOOK_FILE);
}

function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const candidate = path.join(appRoot(), DEV_NATIVE_BINDING);
  return fs.existsSync(candidate) ? candidate : undefined;
}

// ---------------------------------------------------------------- app:// scheme

// Must run before `ready`. No bypassCSP, no corsEnabled: the page is bound by
// its own CSP like any web page.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function respond(status: number, body: Buffer | string | null, type: string): Response {
  // fs.readFile's Buffer is backed by a plain (non-shared) ArrayBuffer.
  return new Response(Buffer.isBuffer(body) ? (body as Uint8Array<ArrayBuffer>) : body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' },
  });
}

/**
 * Serves dist/renderer through the same resolver as the loopback server
 * (static-files.ts); only our own host, security headers on every response.
 */
async function serveApp(request: Request): Promise<Response> {
  try {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
      return respond(404, '', 'text/plain; charset=utf-8');
    const found = await readStaticFile(rendererRoot(), request.method, url.pathname);
    return respond(found.status, found.body, found.type);
  } catch (err) {
    console.error(err);
    return respond(500, '', 'text/plain; charset=utf-8');
  }
}

// ---------------------------------------------------------------- session hardening

function hardenSession(ses: Session): void {
  ses.protocol.handle(APP_SCHEME, serveApp);

  // No camera, microphone, notifications, clipboard reads, HTML fullscreen
  // API, USB, serial ... The guide's window needs none of them.
  // The one exception: our own page may go full screen (F on the projector).
  ses.setPermissionRequestHandler((webContents, permission, callback) =>
    callback(permission === 'fullscreen' && isAppUrl(webContents.getURL())),
  );
  ses.setPermissionCheckHandler(
    (webContents, permission) => permission === 'fullscreen' && webContents !== null && isAppUrl(webContents.getURL()),
  );
  ses.setDevicePermissionHandler(() => false);

  // No remote content, ever: only our own scheme (and DevTools, data: images
  // that the CSP already allows, and blob: URLs our own page made for a file
  // the guide saves, e.g. the Excel export) may load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith(`${APP_SCHEME}:`) ||
      details.url.startsWith('devtools:') ||
      details.url.startsWith('data:') ||
      details.url.startsWith(`blob:${APP_SCHEME}://`);
    callback({ cancel: !allowed });
  });
  // A saved export asks where to put it (the system's own save dialog).
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ title: t('download.title'), defaultPath: item.getFilename() });
  });
}

// Every web contents the app ever creates (window, DevTools, anything a bug
// might spawn): no new windows, no navigation away from the app, no webviews.
app.on('web-contents-created', (_event, contents: WebContents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

// ---------------------------------------------------------------- IPC

const forbidden = (): Result<never> => ({ ok: false, error: { code: 'forbidden', message: t('error.forbidden') } });

/** Only the top frame of our own page may call the API: the main window, or the room view's window. */
function isTrustedSender(event: IpcMainInvokeEvent, { roomToo = true } = {}): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const fromMain = Boolean(mainWindow && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents);
  const fromRoom = roomToo && Boolean(roomWindows?.isRoomContents(event.sender));
  if (!fromMain && !fromRoom) return false;
  return isAppUrl(frame.url);
}

function registerIpc(): void {
  ipcMain.handle(OMNI_INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) return forbidden();
    if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) {
      return { ok: false, error: { code: 'invalid_input', message: t('error.badRequest') } };
    }
    if (!dispatch) return { ok: false, error: { code: 'internal', message: t('error.internal') } };
    return dispatch(method, input);
  });
  // The session summary's PDF: Chromium prints the report view (its print
  // styles hide the app around it) with a structure tree, like playwright's
  // page.pdf({ tagged: true }) in the tests. The renderer saves the bytes.
  ipcMain.handle(OMNI_PRINT_PDF_CHANNEL, async (event): Promise<Result<string>> => {
    if (!isTrustedSender(event)) return forbidden();
    try {
      const pdf = await event.sender.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
        preferCSSPageSize: true,
      });
      return { ok: true, value: pdf.toString('base64') };
    } catch (err) {
      console.error(err);
      return { ok: false, error: { code: 'internal', message: t('error.internal') } };
    }
  });
  // Only the control window opens, moves or closes the room view's window.
  ipcMain.handle(OMNI_ROOM_CHANNEL, (event, action: unknown) => {
    if (!isTrustedSender(event, { roomToo: false }) || !roomWindows) return 'single';
    if (typeof action !== 'string' || !(ROOM_ACTIONS as readonly string[]).includes(action)) return 'single';
    const a = action as RoomAction;
    if (a === 'close') {
      roomWindows.close();
      return 'single';
    }
    return a === 'swap' ? roomWindows.swap() : roomWindows.open();
  });
}

// ---------------------------------------------------------------- window and menu

/**
 * Every window the app opens (the control window, the room view's window) is
 * made here, with the same hardened web preferences.
 */
function hardenedWindow(options: Omit<Electron.BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  // Middle-click can only open a window or navigate; every web contents denies both (setWindowOpenHandler,
  // will-navigate).
  // electronegativity-justified: AUXCLICK_JS_CHECK middle-click can only open a window or navigate; both denied
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The sandboxed preload exposes omni.invoke, omni.printPdf and omniRoom (open/swap/close of the projector
      // window) via contextBridge; main checks the sender frame of both, and method and input of invoke.
      // electronegativity-justified: PRELOAD_JS_CHECK sandboxed preload, sender frame and input checked in main
      preload: preloadPath(),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
      // On Linux Chromium downloads Hunspell dictionaries; macOS and Windows
      // use the system spell checker, which needs no network.
      spellcheck: process.platform !== 'linux',
    },
  });
}

function createWindow(): BrowserWindow {
  const win = hardenedWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: t('app.name'),
    show: false,
    backgroundColor: '#ffffff',
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = undefined;
    // No control window, no room view.
    roomWindows?.close();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: t('menu.about'),
    message: t('app.name'),
    detail: t('about.detail', {
      version: app.getVersion(),
      tagline: t('app.tagline'),
      path: workbook?.path ?? workbookPath(),
    }),
    buttons: [t('common.close')],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function buildMenu(): Menu {
  const isMac = process.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: showAbout };
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit') };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: t('app.name'),
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: t('menu.hide') },
        { role: 'hideOthers', label: t('menu.hideOthers') },
        { role: 'unhide', label: t('menu.showAll') },
        { type: 'separator' },
        quit,
      ],
    });
  }
  template.push(
    { label: t('menu.file'), submenu: [quit] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'togglefullscreen', label: t('menu.fullscreen'), accelerator: isMac ? 'Ctrl+Command+F' : 'F11' },
        { type: 'separator' },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { role: 'resetZoom', label: t('menu.zoomReset') },
        ...(app.isPackaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload', label: t('menu.reload') },
              { role: 'toggleDevTools', label: t('menu.devTools') },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    { label: t('menu.help'), submenu: [about] },
  );
  return Menu.buildFromTemplate(template);
}

// ---------------------------------------------------------------- lifecycle

async function start(): Promise<void> {
  hardenSession(session.defaultSession);

  const file = workbookPath();
  try {
    workbook = await openWorkbook(file, { nativeBinding: nativeBinding() });
  } catch (err) {
    // Never overwrite or "repair" a workbook we refused: explain and quit.
    if (err instanceof WorkbookRefusedError) dialog.showErrorBox(t('startup.refusedTitle'), err.message);
    else {
      console.error(err);
      dialog.showErrorBox(
        t('startup.failedTitle'),
        t('startup.failedBody', { path: file, detail: err instanceof Error ? err.message : String(err) }),
      );
    }
    app.quit();
    return;
  }
  dispatch = createWorkbookDispatch(workbook, undefined, {
    openFolder: async (dir) => {
      const error = await shell.openPath(dir);
      if (error) throw new Error(error);
    },
  });
  registerIpc();

  Menu.setApplicationMenu(buildMenu());
  mainWindow = createWindow();
  roomWindows = createRoomWindows(() => mainWindow, hardenedWindow);
}

// One process owns the workbook: a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && workbook && !mainWindow) mainWindow = createWindow();
  });

  app.on('will-quit', () => {
    dispatch = undefined;
    try {
      workbook?.close();
    } finally {
      workbook = undefined;
    }
  });

  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error(err);
      dialog.showErrorBox(t('startup.failedTitle'), err instanceof Error ? err.message : String(err));
      app.quit();
    });
}
