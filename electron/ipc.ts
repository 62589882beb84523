// Names shared by the main process and the preload (no side effects here:
// both bundles import it).

/** The one IPC channel: `invoke(method, input)` -> Result. */
export const OMNI_INVOKE_CHANNEL = 'omni:invoke';
/** Prints the calling page (the report view) to a tagged PDF -> Result<base64>. */
export const OMNI_PRINT_PDF_CHANNEL = 'omni:print-pdf';

/** The privileged scheme and host the renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'omniverksted';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to our own app origin. Node's WHATWG URL reports
 * `origin === 'null'` for custom schemes, so compare scheme and host instead.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** The room view's window: `room(action)` -> 'external' | 'single' (main window only). */
export const OMNI_ROOM_CHANNEL = 'omni:room';
export const ROOM_ACTIONS = ['open', 'swap', 'close'] as const;
export type RoomAction = (typeof ROOM_ACTIONS)[number];
