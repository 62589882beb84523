// Opening the room view. In the app the main process owns the projector window
// (it follows displays being plugged in and out); the preload exposes
// `window.omniRoom`. With one screen the room view is a full-screen mode of the
// one window: Esc (leaving full screen) goes back to the control window, and a
// projector plugged in meanwhile takes the room view. In the browser (start:web)
// the room view is a second tab at #/rom.
type RoomMode = 'external' | 'single';
declare global {
  interface Window {
    omniRoom?: { open(): Promise<RoomMode>; swap(): Promise<RoomMode>; close(): Promise<RoomMode> };
  }
}

/** Where the one window returns when the full-screen room view ends. */
const BACK_KEY = 'omni.room.back';
/** How often the one-window room view asks whether a projector has come (the preload exposes no events). */
const LOOK_FOR_PROJECTOR_MS = 2000;

function enterSingleScreen(): void {
  sessionStorage.setItem(BACK_KEY, window.location.hash);
  window.location.hash = '#/rom';
  void document.documentElement.requestFullscreen().catch(() => undefined);
}

export const roomWindow = {
  get canSwap(): boolean {
    return Boolean(window.omniRoom);
  },
  async open(): Promise<void> {
    if (!window.omniRoom) {
      window.open('#/rom', 'omniverksted-rom', 'noopener');
      return;
    }
    if ((await window.omniRoom.open()) === 'single') enterSingleScreen();
  },
  async swap(): Promise<void> {
    if (window.omniRoom && (await window.omniRoom.swap()) === 'single') enterSingleScreen();
  },
  /** In the one-window mode: the way back to the control window, else null. */
  backFromSingleScreen(): string | null {
    return sessionStorage.getItem(BACK_KEY);
  },
  /**
   * While the one window shows the room view, a projector plugged in takes it: its own window opens there
   * (the main process answers 'external' only when a second display is there) and this window goes back
   * to the control view. Returns the stop.
   */
  followProjector(): () => void {
    const omniRoom = window.omniRoom;
    if (!omniRoom) return () => undefined;
    let asking = false;
    const timer = window.setInterval(() => {
      if (asking || sessionStorage.getItem(BACK_KEY) === null) return;
      asking = true;
      omniRoom
        .open()
        .then((mode) => mode === 'external' && roomWindow.leaveSingleScreen())
        .catch(() => undefined)
        .finally(() => (asking = false));
    }, LOOK_FOR_PROJECTOR_MS);
    return () => window.clearInterval(timer);
  },
  leaveSingleScreen(): void {
    const back = sessionStorage.getItem(BACK_KEY);
    if (back === null) return;
    sessionStorage.removeItem(BACK_KEY);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.hash = back;
  },
};
