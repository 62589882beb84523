// The room view's window (electron/room.ts) against a stand-in for Electron's `screen` and windows: there is
// no Electron runtime here, so this runs the window logic (which display, plugging in and out, «Bytt skjerm»)
// the way Electron's events drive it. It does not show that Electron draws the windows; the smoke test does
// that where an Electron binary exists.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

const display = (id: number, x: number, width: number, height: number): FakeDisplay => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});

// What the operating system has plugged in, and Electron's `screen` over it.
const world = { displays: [] as FakeDisplay[], primary: 1 };
const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: () => world.displays,
  getPrimaryDisplay: () => world.displays.find((d) => d.id === world.primary) ?? world.displays[0],
  // As Electron does: the display a rectangle is on, else the nearest one.
  getDisplayMatching: (r: Rect) => {
    const c = centre(r);
    const distance = (d: FakeDisplay) => Math.abs(centre(d.bounds).x - c.x) + Math.abs(centre(d.bounds).y - c.y);
    return [...world.displays].sort((a, b) => distance(a) - distance(b))[0];
  },
});
vi.mock('electron', () => ({ screen }));

let windowsMade = 0;
class FakeWindow extends EventEmitter {
  destroyed = false;
  fullScreen: boolean;
  bounds: Rect;
  url = '';
  shown = false;
  /** Every change of full screen, in order: a window toggled off and on again flickers on the projector. */
  fullScreenChanges: boolean[] = [];
  webContents = { id: windowsMade++ };
  constructor(readonly options: Partial<Rect> & { fullscreen?: boolean; title?: string }) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.fullScreen = options.fullscreen ?? false;
  }
  isDestroyed = () => this.destroyed;
  getBounds = () => ({ ...this.bounds });
  setBounds = (b: Rect) => {
    this.bounds = { ...b };
  };
  isFullScreen = () => this.fullScreen;
  setFullScreen = (on: boolean) => {
    if (on !== this.fullScreen) this.fullScreenChanges.push(on);
    this.fullScreen = on;
  };
  loadURL = (url: string) => {
    this.url = url;
    this.emit('ready-to-show');
    return Promise.resolve();
  };
  showInactive = () => {
    this.shown = true;
  };
  close = () => {
    this.destroyed = true;
    this.emit('closed');
  };
}

const { createRoomWindows } = await import('../../../electron/room');

const laptop = display(1, 0, 1920, 1080);
const projector = display(2, 1920, 1280, 720);
const tv = display(3, 3200, 3840, 2160);

let control: FakeWindow;
let opened: FakeWindow[];
let room: ReturnType<typeof createRoomWindows>;
const roomWindow = () => opened.filter((w) => !w.destroyed);
/** The room view opened with `displays` plugged in; its window. */
function openWith(...displays: FakeDisplay[]): FakeWindow {
  world.displays = displays;
  expect(room.open()).toBe('external');
  return roomWindow()[0];
}

beforeEach(() => {
  screen.removeAllListeners();
  world.displays = [laptop];
  control = new FakeWindow({ ...laptop.workArea });
  opened = [];
  room = createRoomWindows(
    () => control as never,
    (options) => {
      const win = new FakeWindow(options);
      opened.push(win);
      return win as never;
    },
  );
});

describe('the room view’s window', () => {
  it('with one screen there is no second window: the room view is full screen in the one window', () => {
    expect(room.open()).toBe('single');
    expect(opened).toHaveLength(0);
  });

  it('opens full screen on the projector, without taking the focus from the guide’s window', () => {
    world.displays = [laptop, projector];
    expect(room.open()).toBe('external');
    expect(roomWindow()).toHaveLength(1);
    const [win] = roomWindow();
    expect(win.getBounds()).toEqual(projector.bounds);
    expect(win.isFullScreen()).toBe(true);
    expect(win.url).toMatch(/#\/rom$/);
    expect(win.shown).toBe(true);
    expect(room.isRoomContents(win.webContents as never)).toBe(true);
    expect(room.isRoomContents(control.webContents as never)).toBe(false);
    // Opening again keeps the one window.
    expect(room.open()).toBe('external');
    expect(opened).toHaveLength(1);
  });

  it('a change of display metrics that leaves its display as it was does not toggle full screen', () => {
    const win = openWith(laptop, projector);
    // The laptop's dock or scaling changes: Electron says the metrics changed, the projector is as it was.
    world.displays = [{ ...laptop, workArea: { ...laptop.workArea, height: 1000 } }, projector];
    screen.emit('display-metrics-changed', {}, world.displays[0], ['workArea']);
    screen.emit('display-metrics-changed', {}, world.displays[0], ['workArea']);
    expect(win.fullScreenChanges).toEqual([]);
    expect(win.getBounds()).toEqual(projector.bounds);
  });

  it('follows the projector’s new resolution', () => {
    const win = openWith(laptop, projector);
    const sharper = display(2, 1920, 1920, 1080);
    world.displays = [laptop, sharper];
    screen.emit('display-metrics-changed', {}, sharper, ['bounds']);
    expect(win.getBounds()).toEqual(sharper.bounds);
    expect(win.isFullScreen()).toBe(true);
  });

  it('the projector unplugged: the room view closes and the guide keeps the control window', () => {
    const win = openWith(laptop, projector);
    world.displays = [laptop];
    // The system moves windows off a display that is gone before Electron reports it.
    win.setBounds(laptop.bounds);
    screen.emit('display-removed', {}, projector);
    expect(win.destroyed).toBe(true);
    expect(room.isRoomContents(win.webContents as never)).toBe(false);
    expect(control.destroyed).toBe(false);
    // Plugged in again: the guide opens the room view once more and it goes to the projector.
    world.displays = [laptop, projector];
    screen.emit('display-added', {}, projector);
    expect(roomWindow()).toHaveLength(0);
    expect(room.open()).toBe('external');
    expect(roomWindow()[0].getBounds()).toEqual(projector.bounds);
  });

  it('with a laptop, a projector and a TV, losing the one that shows the room view moves it to the other', () => {
    const win = openWith(laptop, projector, tv);
    expect(win.getBounds()).toEqual(projector.bounds);
    world.displays = [laptop, tv];
    win.setBounds(laptop.bounds); // moved off by the system, onto the laptop
    screen.emit('display-removed', {}, projector);
    expect(roomWindow()).toEqual([win]);
    expect(win.getBounds()).toEqual(tv.bounds);
    expect(win.isFullScreen()).toBe(true);
  });

  it('«Bytt skjerm» trades places: the room view takes the laptop, the control window the projector', () => {
    const win = openWith(laptop, projector);
    expect(room.swap()).toBe('external');
    expect(win.getBounds()).toEqual(laptop.bounds);
    expect(control.getBounds()).toEqual(projector.workArea);
    // The guide's choice holds when the metrics change.
    screen.emit('display-metrics-changed', {}, projector, ['workArea']);
    expect(win.getBounds()).toEqual(laptop.bounds);
    // And back.
    expect(room.swap()).toBe('external');
    expect(win.getBounds()).toEqual(projector.bounds);
    expect(control.getBounds()).toEqual(laptop.workArea);
    expect(opened).toHaveLength(1);
  });

  it('a room window closed by the system is opened anew, not reused', () => {
    const first = openWith(laptop, projector);
    first.close();
    expect(room.isRoomContents(first.webContents as never)).toBe(false);
    expect(room.open()).toBe('external');
    expect(opened).toHaveLength(2);
    expect(roomWindow()[0]).not.toBe(first);
  });

  it('closing from the guide’s screen closes the window; closing twice is harmless', () => {
    openWith(laptop, projector);
    room.close();
    room.close();
    expect(roomWindow()).toHaveLength(0);
  });
});
