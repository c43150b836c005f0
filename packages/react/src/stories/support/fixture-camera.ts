/**
 * Stories only: a camera that films fixture photos. `navigator.mediaDevices.getUserMedia` answers
 * with `canvas.captureStream()` of a 640x480 canvas the photo is drawn on (fitted, on a grey
 * background, like the fake camera files of the browser tests), repainted so that frames keep
 * flowing; or it rejects with a DOMException name, never settles, or the camera API is missing, as
 * a real browser can. `enumerateDevices` lists the fake cameras. `restore()` puts everything back.
 */
import { placePoint, setCurrentShift, type CameraScene, type SceneTurn } from './camera-scenes.js';
import { fixtureUrl } from './fixture-url.js';

export interface FakeCameraDevice {
  deviceId: string;
  label: string;
  scene: CameraScene;
}

export interface FixtureCameraOptions {
  /** What the camera films (the first device's scene when `devices` is given). */
  scene?: CameraScene;
  /** Several cameras (a picker appears); `getUserMedia` opens the one asked for. */
  devices?: FakeCameraDevice[];
  /** `getUserMedia` rejects with a DOMException of this name (`NotAllowedError`, …). */
  failWith?: 'NotAllowedError' | 'NotFoundError' | 'NotReadableError' | 'OverconstrainedError' | 'AbortError';
  /** `getUserMedia` never settles (the browser is still asking for permission). */
  pending?: boolean;
  /** An insecure (http) page: `isSecureContext` is false and the camera API is missing. */
  insecure?: boolean;
}

export interface FixtureCamera {
  /** How often `getUserMedia` was called. */
  readonly calls: number;
  /** The device ids `getUserMedia` was asked for (`null`: the default camera). */
  readonly requested: ReadonlyArray<string | null>;
  /** The camera is unplugged: its tracks end by themselves (they fire `ended`, unlike `stop()`). */
  unplug(): void;
  restore(): void;
}

const WIDTH = 640;
const HEIGHT = 480;
const REPAINT_MS = 66;
/** The grey around a fitted photo (the same as `testing/pixels.ts` `letterbox`). */
const BACKGROUND = 'rgb(120 124 130)';

const images = new Map<string, Promise<HTMLImageElement>>();

/** Loads (once) a fixture photo served by Storybook at `/fixtures/` (see `.storybook/main.ts`). */
export function loadFixtureImage(fixture: string): Promise<HTMLImageElement> {
  let image = images.get(fixture);
  if (!image) {
    const element = new Image();
    element.src = fixtureUrl(fixture);
    image = element.decode().then(
      () => element,
      () => {
        images.delete(fixture);
        throw new Error(`story camera: could not load the fixture ${element.src}`);
      },
    );
    images.set(fixture, image);
  }
  return image;
}

/** A canvas that films `scene`, repainted every 66 ms. */
async function filmScene(scene: CameraScene): Promise<{ canvas: HTMLCanvasElement; stop(): void }> {
  const image = await loadFixtureImage(scene.fixture);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('story camera: no 2D canvas context');
  const fit = Math.min(WIDTH / image.naturalWidth, HEIGHT / image.naturalHeight);
  // The photo fitted into the frame, as shares of the frame (what the scene's face boxes refer to).
  const w = (image.naturalWidth * fit) / WIDTH;
  const h = (image.naturalHeight * fit) / HEIGHT;
  const left = Math.floor((WIDTH - image.naturalWidth * fit) / 2) / WIDTH;
  const top = Math.floor((HEIGHT - image.naturalHeight * fit) / 2) / HEIGHT;
  // A turned scene is placed on a canvas of its own, then warped onto the filmed one.
  const placed = scene.turn ? document.createElement('canvas') : canvas;
  placed.width = WIDTH;
  placed.height = HEIGHT;
  const placedContext = scene.turn ? placed.getContext('2d') : context;
  if (!placedContext) throw new Error('story camera: no 2D canvas context');
  let side = 1;
  const paint = () => {
    const shift = scene.jitter ? side * scene.jitter : 0;
    side = -side;
    const [x0, y0] = placePoint(scene, left, top, shift);
    const [x1, y1] = placePoint(scene, left + w, top + h, shift);
    placedContext.fillStyle = BACKGROUND;
    placedContext.fillRect(0, 0, WIDTH, HEIGHT);
    placedContext.drawImage(image, x0 * WIDTH, y0 * HEIGHT, (x1 - x0) * WIDTH, (y1 - y0) * HEIGHT);
    if (scene.turn) drawTurned(context, placed, scene.turn);
    if (scene.jitter) setCurrentShift(shift);
  };
  paint();
  // captureStream sends a frame only when the canvas is painted: keep painting the still photo.
  const timer = setInterval(paint, REPAINT_MS);
  return { canvas, stop: () => clearInterval(timer) };
}

/**
 * `source` drawn on `context` turned in perspective (see {@link SceneTurn}), one column at a time:
 * each output column shows the source columns its edges map to, scaled vertically about the axis.
 */
function drawTurned(context: CanvasRenderingContext2D, source: HTMLCanvasElement, turn: SceneTurn): void {
  const cx = turn.axisX * WIDTH;
  const cy = turn.axisY * HEIGHT;
  const d = turn.distance * WIDTH;
  const cos = Math.cos((turn.degrees * Math.PI) / 180);
  const sin = Math.sin((turn.degrees * Math.PI) / 180);
  /** The plane's x (from the axis) that output x shows, or null behind the camera. */
  const planeX = (x: number): number | null => {
    const u = x - cx;
    const den = d * cos - u * sin;
    return den > 0 ? (u * d) / den : null;
  };
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  for (let x = 0; x < WIDTH; x++) {
    const a = planeX(x);
    const b = planeX(x + 1);
    if (a === null || b === null) continue;
    const scale = (d + ((a + b) / 2) * sin) / d;
    context.drawImage(
      source,
      cx + a,
      0,
      Math.max(b - a, 0.01),
      HEIGHT,
      x,
      cy - cy / scale,
      1,
      HEIGHT / scale,
    );
  }
}

function requestedDevice(constraints: MediaStreamConstraints | undefined): string | null {
  const video = constraints?.video;
  if (typeof video !== 'object' || video === null) return null;
  const id = video.deviceId;
  if (typeof id === 'string') return id;
  if (Array.isArray(id)) return id[0] ?? null;
  if (id && typeof id === 'object') {
    const wanted = id.exact ?? id.ideal;
    return typeof wanted === 'string' ? wanted : (wanted?.[0] ?? null);
  }
  return null;
}

/** Replaces a property of `target` and returns how to put the original back. */
function override<T extends object>(target: T, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<PropertyKey, unknown>)[key];
  };
}

/** Installs the fake camera (call `restore()` when the story ends). */
export async function installFixtureCamera(options: FixtureCameraOptions = {}): Promise<FixtureCamera> {
  const devices: FakeCameraDevice[] = options.devices ?? [
    { deviceId: 'story-camera', label: 'Story camera', scene: options.scene ?? { fixture: '', faces: [] } },
  ];
  const scenes = options.devices ? devices.map((d) => d.scene) : options.scene ? [options.scene] : [];
  // Decode the photos before the story renders, so the first frame already shows them.
  await Promise.all(scenes.map((scene) => loadFixtureImage(scene.fixture)));

  const undo: Array<() => void> = [];
  const films: Array<{ stop(): void }> = [];
  const tracks: MediaStreamTrack[] = [];
  const requested: Array<string | null> = [];
  let calls = 0;

  if (options.insecure) {
    undo.push(override(window, 'isSecureContext', false));
    undo.push(override(navigator, 'mediaDevices', undefined));
  } else {
    const media = navigator.mediaDevices;
    const getUserMedia = async (constraints?: MediaStreamConstraints): Promise<MediaStream> => {
      calls++;
      const wanted = requestedDevice(constraints);
      requested.push(wanted);
      if (options.pending) return new Promise<MediaStream>(() => undefined);
      if (options.failWith) throw new DOMException(`story camera: ${options.failWith}`, options.failWith);
      const device = devices.find((d) => d.deviceId === wanted) ?? devices[0]!;
      const film = await filmScene(device.scene);
      films.push(film);
      const stream = film.canvas.captureStream(15);
      for (const track of stream.getVideoTracks()) {
        const settings = track.getSettings.bind(track);
        // A canvas track knows no device; a camera's does.
        override(track, 'getSettings', () => ({ ...settings(), deviceId: device.deviceId }));
        track.addEventListener('ended', () => film.stop());
        tracks.push(track);
      }
      return stream;
    };
    const enumerateDevices = async (): Promise<MediaDeviceInfo[]> =>
      devices.map(
        (d) =>
          ({
            deviceId: d.deviceId,
            groupId: `${d.deviceId}-group`,
            kind: 'videoinput',
            label: d.label,
            toJSON: () => ({ deviceId: d.deviceId, kind: 'videoinput', label: d.label }),
          }) as MediaDeviceInfo,
      );
    undo.push(override(media, 'getUserMedia', getUserMedia));
    undo.push(override(media, 'enumerateDevices', enumerateDevices));
  }

  return {
    get calls() {
      return calls;
    },
    requested,
    unplug() {
      for (const track of tracks) {
        if (track.readyState === 'ended') continue;
        track.stop();
        track.dispatchEvent(new Event('ended'));
      }
    },
    restore() {
      for (const film of films) film.stop();
      for (const track of tracks) track.stop();
      for (const step of undo.reverse()) step();
      setCurrentShift(0);
    },
  };
}
