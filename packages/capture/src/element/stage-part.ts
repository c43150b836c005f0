import type { CaptureState } from '../store/capture-state.js';
import { h, setAttributes, svg } from './dom.js';

const STAGE_STATES: ReadonlySet<CaptureState> = new Set([
  'starting-camera',
  'loading-model',
  'guiding',
  'capturing',
  'uploading',
]);

export interface StageSettings {
  cameraOn: boolean;
  state: CaptureState;
  fitted: boolean;
  mirrored: boolean;
  oval: { widthRatio: number; heightRatio: number };
  /** The camera's real frame: the stage takes its aspect (`--lk-frame-aspect`). */
  frameSize: { width: number; height: number } | null;
  videoLabel: string;
}

/** The camera preview with its oval: one `<video>` for the element's life (`attachCamera` opens the stream in it). */
export interface StagePart {
  readonly element: HTMLElement;
  readonly video: HTMLVideoElement;
  update(settings: StageSettings): void;
}

/** The oval guide: a dimmed frame with an oval cut-out, decorative (the hint carries the guidance). */
function ovalGuide(widthRatio: number, heightRatio: number): SVGElement {
  const ellipse = { cx: 50, cy: 50, rx: (widthRatio * 100) / 2, ry: (heightRatio * 100) / 2 };
  return svg(
    'svg',
    {
      viewBox: '0 0 100 100',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
      'data-part': 'oval',
      part: 'oval',
    },
    svg(
      'defs',
      {},
      svg(
        'mask',
        { id: 'lk-oval-mask' },
        svg('rect', { width: 100, height: 100, fill: 'white' }),
        svg('ellipse', { ...ellipse, fill: 'black' }),
      ),
    ),
    svg('rect', { width: 100, height: 100, fill: 'var(--lk-overlay-color)', mask: 'url(#lk-oval-mask)' }),
    svg('ellipse', {
      ...ellipse,
      class: 'lk-oval-line',
      fill: 'none',
      'stroke-width': 0.8,
      'vector-effect': 'non-scaling-stroke',
    }),
  );
}

export function createStagePart(): StagePart {
  const video = h('video', { 'data-part': 'camera', class: 'lk-camera', playsinline: true, autoplay: true });
  video.muted = true;
  const overlay = h('div', { 'data-part': 'overlay', class: 'lk-overlay' });
  const element = h('div', { 'data-part': 'stage', class: 'lk-stage', hidden: true }, video, overlay);
  let ovalKey = '';
  return {
    element,
    video,
    update(s) {
      element.hidden = !(s.cameraOn && STAGE_STATES.has(s.state));
      setAttributes(video, { 'aria-label': s.videoLabel, 'data-mirrored': s.mirrored });
      const aspect = s.frameSize ? `${s.frameSize.width} / ${s.frameSize.height}` : '';
      if (element.style.getPropertyValue('--lk-frame-aspect') !== aspect) {
        if (aspect) element.style.setProperty('--lk-frame-aspect', aspect);
        else element.style.removeProperty('--lk-frame-aspect');
      }
      const key = `${s.oval.widthRatio}x${s.oval.heightRatio}`;
      if (key !== ovalKey) {
        ovalKey = key;
        overlay.replaceChildren(ovalGuide(s.oval.widthRatio, s.oval.heightRatio));
      }
      overlay.firstElementChild?.setAttribute('data-state', s.fitted ? 'fitted' : 'searching');
    },
  };
}
