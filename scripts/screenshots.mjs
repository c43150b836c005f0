// `pnpm screenshots` (or `node scripts/screenshots.mjs`): takes the README's screenshots in headless
// Chromium and writes them to docs/screenshots/.
// - The demo (started here, local engine), with Chromium's fake camera playing fixture photos:
//   welcome, guiding, result, settings open; and on a phone (mobile emulation 390x844, touch, a
//   portrait 480x640 camera): guiding, the result, and turned to landscape (the hold-upright hint).
// - The Storybook, when `pnpm build-storybook` has left storybook-static/: a few stories, served
//   from that folder by a small HTTP server.
// Options: --demo-only, --phone-only, --storybook-only, --storybook-dir=PATH (default storybook-static/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'screenshots');
const args = new Set(process.argv.slice(2));
const storybookArg = [...args].find((arg) => arg.startsWith('--storybook-dir='));
const storybookDir = resolve(
  storybookArg ? storybookArg.slice('--storybook-dir='.length) : join(root, 'storybook-static'),
);

// The demo server and the test helpers are TypeScript sources: run again under tsx (from the
// demo's dependencies) with the workspace's source condition, unless that is already the case.
if (!process.execArgv.some((arg) => arg.includes('@liveness-kit/source'))) {
  const demoRequire = createRequire(join(root, 'apps', 'demo', 'package.json'));
  const tsx = pathToFileURL(demoRequire.resolve('tsx')).href;
  const child = spawnSync(
    process.execPath,
    ['--conditions=@liveness-kit/source', '--import', tsx, fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}

const { default: sharp } = await import('sharp');
const { startDemoServer } = await import('../apps/demo/server/demo-server.ts');
const { fixtureToY4m, launchChromium } = await import('../packages/test-utils/src/index.ts');

const VIEWPORT = { width: 1200, height: 860 };
/** A webcam selfie that fills the oval: guidance reaches READY and the photo is taken by itself. */
const SELFIE = 'single/man-glasses-webcam.jpg';
/** A portrait too far away for the oval: guidance stays on a hint ("Move closer…"). */
const FAR_PORTRAIT = 'single/woman-astronaut-eileen-collins.png';
const TIMEOUT = 60_000;
/** A phone held upright; its camera sees the selfie cropped to 3:4 (as a portrait camera would). */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const PORTRAIT_CAMERA = { width: 480, height: 640, fit: 'cover' };

mkdirSync(outDir, { recursive: true });
const written = [];

async function shot(page, name, options = {}) {
  // Let transitions end so colours are final.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const path = join(outDir, `${name}.png`);
  // A palette PNG: about a third of the size, no visible difference for UI pictures.
  const png = await page.screenshot(options);
  await sharp(png).png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 }).toFile(path);
  written.push(path);
  console.log(`  ${path.slice(root.length)} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function waitForState(page, states) {
  await page.waitForFunction(
    (wanted) =>
      wanted.includes(document.querySelector('[data-part="root"]')?.getAttribute('data-state') ?? ''),
    states,
    { timeout: TIMEOUT },
  );
}

async function demoScreenshots() {
  const server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
  console.log(`demo at ${server.url} (local engine)`);
  const browsers = [];
  try {
    // Guiding: a face that stays on a hint, so the picture shows the oval and the hint.
    const far = await launchChromium({ fakeCameraFile: await fixtureToY4m(FAR_PORTRAIT) });
    browsers.push(far);
    const guiding = await far.newPage({ viewport: VIEWPORT });
    await guiding.goto(`${server.url}/check`);
    await guiding.locator('[data-part="start"]').click();
    await guiding.locator('[data-part="hint"][data-source="camera"]').waitFor({ timeout: TIMEOUT });
    await guiding.waitForTimeout(1500);
    await shot(guiding, 'demo-guiding');

    const browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(SELFIE) });
    browsers.push(browser);
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${server.url}/`);
    await page.locator('[data-engine="local"]').waitFor();
    await shot(page, 'demo-welcome');

    await page.locator('[data-action="begin"]').click();
    await page.locator('[data-part="start"]').click();
    await waitForState(page, ['result']);
    await page.locator('[data-dev="response"]').waitFor();
    // Focus is on the result's heading (no ring is drawn for it); the picture is the page as is.
    await shot(page, 'demo-result');

    await page.locator('[data-action="open-settings"]').click();
    await page.locator('dialog[data-dialog="settings"]').waitFor({ state: 'visible' });
    await page.getByRole('radio', { name: 'Custom' }).check();
    await shot(page, 'demo-settings');
  } finally {
    for (const b of browsers) await b.close();
    await server.close();
  }
}

async function phoneScreenshots() {
  const server = await startDemoServer({ port: 0, host: '127.0.0.1', engine: 'local' });
  console.log(`demo at ${server.url} (local engine), on a phone`);
  const browser = await launchChromium({ fakeCameraFile: await fixtureToY4m(SELFIE, PORTRAIT_CAMERA) });
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    // The photo only with the button, so the picture can show guidance before it is taken.
    await page.goto(`${server.url}/`);
    await page.evaluate(() =>
      localStorage.setItem('liveness-kit-demo:settings', JSON.stringify({ autoCapture: false })),
    );
    await page.goto(`${server.url}/check`);
    await page.locator('[data-part="start"]').tap();
    await page.locator('[data-part="hint"][data-hint="READY"]').waitFor({ timeout: TIMEOUT });
    await shot(page, 'phone-guiding');

    await page.setViewportSize({ width: PHONE.viewport.height, height: PHONE.viewport.width });
    await page.locator('[data-part="hint"][data-hint="HOLD_UPRIGHT"]').waitFor({ timeout: TIMEOUT });
    await shot(page, 'phone-landscape');
    await page.setViewportSize(PHONE.viewport);
    await page.locator('[data-part="hint"][data-hint="READY"]').waitFor({ timeout: TIMEOUT });

    await page.locator('[data-part="capture"]').tap();
    await waitForState(page, ['result']);
    await page.locator('[data-next-step]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'phone-result');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.mp4': 'video/mp4',
  '.ico': 'image/x-icon',
};

/** Serves a static folder on 127.0.0.1 (an ephemeral port). */
function serveStatic(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, pathname));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const STORY_VIEWPORT = { width: 900, height: 760 };

/** Stories worth showing: for each picture, the first of these story ids the build has. */
const STORY_PICKS = [
  {
    name: 'storybook-guidance',
    ids: ['livenesscapture-guidance--hold-still', 'livenesscapture-guidance--ready'],
  },
  { name: 'storybook-dark', ids: ['livenesscapture-themes--dark-declined', 'livenesscapture-themes--dark'] },
  {
    name: 'storybook-arabic',
    ids: ['livenesscapture-locales--arabic-declined', 'livenesscapture-locales--arabic'],
  },
];

/** Waits until the story's component has kept one state for a while (its play steps are done). */
async function waitForSettledStory(page) {
  await page.locator('[data-part="root"]').first().waitFor({ timeout: TIMEOUT });
  let last = '';
  let since = Date.now();
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const now = await page.evaluate(() =>
      [...document.querySelectorAll('[data-part="root"]')]
        .map(
          (r) =>
            `${r.getAttribute('data-state')}:${r.querySelector('[data-part="hint"]')?.getAttribute('data-hint') ?? ''}`,
        )
        .join(','),
    );
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since > 1500 && !/starting-camera|loading-model|capturing|uploading/.test(now)) {
      return;
    }
    await page.waitForTimeout(200);
  }
}

async function storybookScreenshots() {
  const indexFile = join(storybookDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.log(
      'storybook-static/ not found: run `pnpm build-storybook` first for the Storybook screenshots.',
    );
    return;
  }
  const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries ?? {});
  const ids = entries.filter((e) => e.type === 'story').map((e) => e.id);
  const server = await serveStatic(storybookDir);
  const url = `http://127.0.0.1:${server.address().port}`;
  console.log(`storybook-static at ${url} (${ids.length} stories)`);
  const browser = await launchChromium();
  try {
    for (const { name, ids: wanted } of STORY_PICKS) {
      const id = wanted.find((i) => ids.includes(i));
      if (!id) {
        console.log(`  none of ${wanted.join(', ')} in this build: ${name} skipped`);
        continue;
      }
      const page = await browser.newPage({ viewport: STORY_VIEWPORT });
      await page.goto(`${url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
      await waitForSettledStory(page);
      // Just the component, with a margin of the story's background.
      const box = await page.locator('[data-part="root"]').first().boundingBox();
      const margin = 16;
      const clip = box && {
        x: Math.max(0, box.x - margin),
        y: Math.max(0, box.y - margin),
        width: Math.min(STORY_VIEWPORT.width - Math.max(0, box.x - margin), box.width + 2 * margin),
        height: box.height + 2 * margin,
      };
      await shot(page, name, clip ? { clip } : {});
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

if (!args.has('--storybook-only') && !args.has('--phone-only')) await demoScreenshots();
if (!args.has('--storybook-only')) await phoneScreenshots();
if (!args.has('--demo-only') && !args.has('--phone-only')) await storybookScreenshots();
console.log(`${written.length} screenshots in ${outDir.slice(root.length)}/`);
