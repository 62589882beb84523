// Which display shows the room view (electron/displays.ts: pure, no Electron runtime needed).
import { describe, expect, it } from 'vitest';
import { nextDisplay, roomDisplay } from '../../../electron/displays';

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };
const tv = { id: 3, bounds: { x: 3200, y: 0, width: 3840, height: 2160 } };

describe('room display', () => {
  it('one screen: no second window (the room view is full screen in the one window)', () => {
    expect(roomDisplay([laptop], 1, null)).toBeNull();
  });
  it('a projector plugged in takes the room view; the guide’s choice wins while it is plugged in', () => {
    expect(roomDisplay([laptop, projector], 1, null)).toBe(projector);
    expect(roomDisplay([laptop, projector, tv], 1, 3)).toBe(tv);
    expect(roomDisplay([laptop, projector], 1, 3)).toBe(projector); // the chosen one is unplugged
    expect(roomDisplay([laptop, projector], 2, null)).toBe(laptop); // the control window moved to the projector
  });
  it('«Bytt skjerm» goes round the displays', () => {
    expect(nextDisplay([laptop, projector], 2)).toBe(laptop);
    expect(nextDisplay([laptop, projector], 1)).toBe(projector);
    expect(nextDisplay([laptop], 1)).toBeNull();
  });
});
