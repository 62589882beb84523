// The app as an end-to-end test sees it: the real start:web server on a fresh
// workbook, Debian's Chromium, a context that refuses (and records) any
// request outside the app's own origin, and the same API the page uses.
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser';
import { startServer, tempDir, type RunningServer } from './server';

/** Calls the running app's API and returns the value, or throws its Norwegian message. */
export function apiOf(server: { url: string }) {
  return async function api<T>(method: string, input: unknown = {}): Promise<T> {
    const res = await fetch(`${server.url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(body.error?.message);
    return body.value;
  };
}

/** A browser context that may only talk to `url`'s origin; anything else is aborted and noted in `foreign`. */
export async function offlineContext(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  foreign: string[],
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'nb-NO', acceptDownloads: true });
  const origin = new URL(url).origin;
  await context.route(
    (u) => u.origin !== origin && u.protocol !== 'data:' && u.protocol !== 'blob:',
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  return context;
}

export interface TestApp {
  browser: Browser;
  server: RunningServer;
  context: BrowserContext;
  /** Requests the page tried outside its own origin: must stay empty. */
  foreign: string[];
  api: ReturnType<typeof apiOf>;
  close(): Promise<void>;
}

export async function startApp(viewport = { width: 1280, height: 720 }): Promise<TestApp> {
  const browser = await launchChromium();
  const server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
  const foreign: string[] = [];
  const context = await offlineContext(browser, server.url, viewport, foreign);
  return {
    browser,
    server,
    context,
    foreign,
    api: apiOf(server),
    async close() {
      await context.close();
      await browser.close();
      await server.stop();
    },
  };
}
