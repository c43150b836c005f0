/**
 * Test-only: the camera API jsdom lacks. `navigator.mediaDevices` with a scripted `getUserMedia`
 * (a stream of the current frame, or a rejection with a DOMException name), `enumerateDevices`
 * and `devicechange`; `<video>` size and readiness from the attached fake stream.
 */
import type { HasPixels } from './fake-canvas.js';
import type { Pixels } from '../dom/pixels.js';

export interface FakeCameraDevice {
  deviceId: string;
  label: string;
}

export class FakeTrack extends EventTarget {
  readonly kind = 'video';
  readyState: 'live' | 'ended' = 'live';
  constructor(
    readonly label: string,
    readonly deviceId: string,
    private readonly stream: FakeStream,
  ) {
    super();
  }
  stop(): void {
    this.readyState = 'ended';
  }
  getSettings(): MediaTrackSettings {
    const pixels = this.stream.pixels;
    return { deviceId: this.deviceId, width: pixels?.width ?? 0, height: pixels?.height ?? 0 };
  }
  /** The camera is unplugged: the track ends on its own (unlike `stop()`, this fires `ended`). */
  unplug(): void {
    this.readyState = 'ended';
    this.dispatchEvent(new Event('ended'));
  }
}

export class FakeStream implements HasPixels {
  readonly id = Math.random().toString(36).slice(2);
  private tracks: FakeTrack[];
  constructor(
    private readonly media: FakeMedia,
    readonly device: FakeCameraDevice,
  ) {
    this.tracks = [new FakeTrack(device.label, device.deviceId, this)];
  }
  get pixels(): Pixels | null {
    return this.tracks.some((t) => t.readyState === 'live') ? this.media.frame : null;
  }
  getVideoTracks(): FakeTrack[] {
    return [...this.tracks];
  }
  getAudioTracks(): FakeTrack[] {
    return [];
  }
  getTracks(): FakeTrack[] {
    return [...this.tracks];
  }
  removeTrack(track: FakeTrack): void {
    this.tracks = this.tracks.filter((t) => t !== track);
  }
  get active(): boolean {
    return this.tracks.some((t) => t.readyState === 'live');
  }
}

export interface FakeMediaOptions {
  devices?: FakeCameraDevice[];
  /** The picture every camera shows (change it with `media.frame = …`). */
  frame: Pixels;
}

export class FakeMedia extends EventTarget {
  frame: Pixels;
  devices: FakeCameraDevice[];
  /** A DOMException name `getUserMedia` rejects with (`NotAllowedError`, …), or `null` to succeed. */
  failWith: string | null = null;
  /** While set, `getUserMedia` waits for it (to hold the component in `starting-camera`). */
  gate: Promise<void> | null = null;
  readonly requests: MediaStreamConstraints[] = [];
  readonly streams: FakeStream[] = [];

  constructor(options: FakeMediaOptions) {
    super();
    this.frame = options.frame;
    this.devices = options.devices ?? [{ deviceId: 'front', label: 'Front camera' }];
  }

  async getUserMedia(constraints: MediaStreamConstraints): Promise<FakeStream> {
    this.requests.push(constraints);
    if (this.gate) await this.gate;
    if (this.failWith) throw new DOMException(`fake ${this.failWith}`, this.failWith);
    const video = typeof constraints.video === 'object' ? constraints.video : {};
    const wanted = video.deviceId as ConstrainDOMStringParameters | string | undefined;
    const id = typeof wanted === 'string' ? wanted : ((wanted?.exact ?? wanted?.ideal) as string | undefined);
    const device = this.devices.find((d) => d.deviceId === id) ?? this.devices[0];
    if (!device) throw new DOMException('no camera', 'NotFoundError');
    const stream = new FakeStream(this, device);
    this.streams.push(stream);
    return stream;
  }

  async enumerateDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.map(
      (d) =>
        ({
          deviceId: d.deviceId,
          label: d.label,
          kind: 'videoinput',
          groupId: 'g',
          toJSON: () => d,
        }) as MediaDeviceInfo,
    );
  }

  /** The stream the component is using now. */
  get live(): FakeStream | undefined {
    return this.streams.filter((s) => s.active).at(-1);
  }
}

/**
 * Installs the fake camera API (and `<video>` sizes read from the attached fake stream); `secure:
 * false` makes the page an insecure context. Returns the fake and a function that removes it all.
 */
export function installFakeMedia(options: FakeMediaOptions & { secure?: boolean }): {
  media: FakeMedia;
  restore: () => void;
} {
  const media = new FakeMedia(options);
  const mediaDevices = {
    getUserMedia: (c: MediaStreamConstraints) => media.getUserMedia(c),
    enumerateDevices: () => media.enumerateDevices(),
    addEventListener: media.addEventListener.bind(media),
    removeEventListener: media.removeEventListener.bind(media),
  };
  const previous = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, get: () => mediaDevices });
  const videoProto = HTMLVideoElement.prototype;
  const mediaProto = HTMLMediaElement.prototype;
  const saved = {
    videoWidth: Object.getOwnPropertyDescriptor(videoProto, 'videoWidth'),
    videoHeight: Object.getOwnPropertyDescriptor(videoProto, 'videoHeight'),
    readyState: Object.getOwnPropertyDescriptor(mediaProto, 'readyState'),
  };
  const pixelsOf = (video: HTMLMediaElement) =>
    (video as unknown as { srcObject?: FakeStream }).srcObject?.pixels ?? null;
  Object.defineProperty(videoProto, 'videoWidth', {
    configurable: true,
    get() {
      return pixelsOf(this)?.width ?? 0;
    },
  });
  Object.defineProperty(videoProto, 'videoHeight', {
    configurable: true,
    get() {
      return pixelsOf(this)?.height ?? 0;
    },
  });
  Object.defineProperty(mediaProto, 'readyState', {
    configurable: true,
    get() {
      return pixelsOf(this) ? 4 : 0;
    },
  });
  if (options.secure === false) {
    Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
  }
  return {
    media,
    restore() {
      if (previous) Object.defineProperty(navigator, 'mediaDevices', previous);
      else delete (navigator as { mediaDevices?: unknown }).mediaDevices;
      if (saved.videoWidth) Object.defineProperty(videoProto, 'videoWidth', saved.videoWidth);
      if (saved.videoHeight) Object.defineProperty(videoProto, 'videoHeight', saved.videoHeight);
      if (saved.readyState) Object.defineProperty(mediaProto, 'readyState', saved.readyState);
      delete (window as { isSecureContext?: boolean }).isSecureContext;
    },
  };
}
