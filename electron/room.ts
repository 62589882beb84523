// The room view's window on the projector (FreeShow pattern: the main process
// is the hub; the room view reads the same API and follows the presentation
// state in the workbook). It opens on the external display, follows displays
// being plugged in and out, and «Bytt skjerm» moves it. With one screen there
// is no second window: the renderer shows the room view full screen in the
// one window instead. Hardened like the main window (same web preferences,
// same session, same IPC checks).
import { screen, type BrowserWindow, type Display } from 'electron';
import { t } from '../shared/i18n';
import { nextDisplay, roomDisplay } from './displays';
import { APP_ORIGIN } from './ipc';

export type RoomMode = 'external' | 'single';

export interface RoomWindows {
  open(): RoomMode;
  swap(): RoomMode;
  close(): void;
  /** The room window's web contents may call the API too. */
  isRoomContents(contents: Electron.WebContents): boolean;
}

export function createRoomWindows(
  controlWindow: () => BrowserWindow | undefined,
  hardenedWindow: (options: Omit<Electron.BrowserWindowConstructorOptions, 'webPreferences'>) => BrowserWindow,
): RoomWindows {
  let room: BrowserWindow | undefined;
  let preferred: number | null = null;

  const controlDisplay = (): Display => {
    const control = controlWindow();
    return control ? screen.getDisplayMatching(control.getBounds()) : screen.getPrimaryDisplay();
  };

  // Display events come often (a dock, scaling, the laptop's own screen): a window already full screen on
  // that display stays as it is, since leaving full screen and entering it again flickers on the projector.
  function place(win: BrowserWindow, display: Display): void {
    const at = win.getBounds();
    const { x, y, width, height } = display.bounds;
    if (win.isFullScreen() && at.x === x && at.y === y && at.width === width && at.height === height) return;
    win.setFullScreen(false);
    win.setBounds(display.bounds);
    win.setFullScreen(true);
  }

  function show(display: Display): void {
    if (room && !room.isDestroyed()) {
      place(room, display);
      return;
    }
    const win = hardenedWindow({
      ...display.bounds,
      title: t('room.title'),
      show: false,
      frame: false,
      fullscreen: true,
      backgroundColor: '#000000',
    });
    win.once('ready-to-show', () => win.showInactive());
    win.on('closed', () => {
      if (room === win) room = undefined;
    });
    void win.loadURL(`${APP_ORIGIN}/index.html#/rom`);
    room = win;
  }

  function open(): RoomMode {
    const display = roomDisplay(screen.getAllDisplays(), controlDisplay().id, preferred);
    if (!display) {
      close();
      return 'single';
    }
    show(display);
    return 'external';
  }

  function close(): void {
    if (room && !room.isDestroyed()) room.close();
    room = undefined;
  }

  // Displays plugged in and out during the day.
  screen.on('display-added', () => {
    if (room && !room.isDestroyed()) open();
  });
  screen.on('display-removed', (_event, removed) => {
    if (!room || room.isDestroyed()) return;
    if (preferred === removed.id) preferred = null;
    // The projector is gone: the room view goes with it; the guide keeps the control window.
    if (screen.getDisplayMatching(room.getBounds()).id === removed.id || screen.getAllDisplays().length < 2) close();
    else open();
  });
  screen.on('display-metrics-changed', () => {
    if (room && !room.isDestroyed()) open();
  });

  return {
    open,
    close,
    swap(): RoomMode {
      const all = screen.getAllDisplays();
      const current =
        room && !room.isDestroyed() ? screen.getDisplayMatching(room.getBounds()).id : controlDisplay().id;
      const next = nextDisplay(all, current);
      if (!next) return open();
      // The room view moves to the next display; the control window takes the one it left if they would meet.
      const control = controlWindow();
      if (control && next.id === controlDisplay().id) {
        const left = all.find((d) => d.id === current);
        if (left) control.setBounds({ ...left.workArea });
      }
      preferred = next.id;
      show(next);
      return 'external';
    },
    isRoomContents: (contents) => Boolean(room && !room.isDestroyed() && room.webContents === contents),
  };
}
