// Opening the room view. In the app the main process owns the projector window
// (it follows displays being plugged in and out); the preload exposes `omni.room`.
// In the browser (start:web) the room view is a second tab at #/rom.
declare global {
  interface Window {
    omniRoom?: { open(): void; swap(): void };
  }
}

export const roomWindow = {
  get canSwap(): boolean {
    return Boolean(window.omniRoom);
  },
  open(): void {
    if (window.omniRoom) window.omniRoom.open();
    else window.open('#/rom', 'omniverksted-rom', 'noopener');
  },
  swap(): void {
    window.omniRoom?.swap();
  },
};
