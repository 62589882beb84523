// Opening the room view. In the app the main process owns the projector window
// (it follows displays being plugged in and out); the preload exposes
// `window.omniRoom`. With one screen the room view is a full-screen mode of the
// one window: Esc (leaving full screen) goes back to the control window. In the
// browser (start:web) the room view is a second tab at #/rom.
type RoomMode = 'external' | 'single';
declare global {
  interface Window {
    omniRoom?: { open(): Promise<RoomMode>; swap(): Promise<RoomMode>; close(): Promise<RoomMode> };
  }
}

/** Where the one window returns when the full-screen room view ends. */
const BACK_KEY = 'omni.room.back';

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
  leaveSingleScreen(): void {
    const back = sessionStorage.getItem(BACK_KEY);
    if (back === null) return;
    sessionStorage.removeItem(BACK_KEY);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    window.location.hash = back;
  },
};
