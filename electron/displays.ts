// Which display shows the room view: pure, so it is tested without Electron.
// FreeShow's pattern: the projector is any display that is not the one the
// guide's control window is on; the guide's choice («Bytt skjerm») wins while
// that display is plugged in.

export interface DisplayLike {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display for the room view, or null with one screen (then the room view is
 * a full-screen mode of the one window). `preferred` is the guide's last choice.
 */
export function roomDisplay<D extends DisplayLike>(
  displays: readonly D[],
  controlDisplayId: number,
  preferred: number | null,
): D | null {
  const others = displays.filter((d) => d.id !== controlDisplayId);
  if (others.length === 0) return null;
  return others.find((d) => d.id === preferred) ?? others[0];
}

/**
 * «Bytt skjerm»: the next display after `current` (wrapping), so the room view and the control window trade
 * places with two screens.
 */
export function nextDisplay<D extends DisplayLike>(displays: readonly D[], current: number): D | null {
  if (displays.length < 2) return null;
  const i = displays.findIndex((d) => d.id === current);
  return displays[(i + 1) % displays.length];
}
