import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { LivenessCapture } from '../liveness-capture.js';
import type { LocaleCode } from '@liveness-kit/capture';
import '../styles/liveness-capture.css';
import { SCENES, sceneDetector } from './support/camera-scenes.js';
import { part, root, textOf, waitForHint, waitForState } from './support/contract-queries.js';
import { replyJson, STORY_ENDPOINT } from './support/mock-endpoint.js';
import { livenessBody } from './support/response-bodies.js';
import { FAST_STABILITY, FAST_TIMING, DOCS_IN_IFRAME } from './support/story-defaults.js';
import { installStoryMocks } from './support/story-mocks.js';

/**
 * Each shipped language, during guidance (the fake camera films the selfie from afar, so the
 * hint asks to come closer). `locale` takes any BCP 47 tag; the root gets `lang` and `dir`.
 */
const meta = {
  title: 'LivenessCapture/Locales',
  component: LivenessCapture,
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: { story: DOCS_IN_IFRAME },
    liveness: { camera: { scene: SCENES.far } },
  },
  beforeEach: installStoryMocks,
  args: {
    endpoint: STORY_ENDPOINT,
    autoStart: true,
    timing: FAST_TIMING,
    stability: FAST_STABILITY,
    detector: sceneDetector(SCENES.far),
  },
} satisfies Meta<typeof LivenessCapture>;
export default meta;

type Story = StoryObj<typeof meta>;

function localeStory(locale: string, code: LocaleCode, dir: 'ltr' | 'rtl' = 'ltr'): Story {
  return {
    args: { locale },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(root(canvasElement)).toHaveAttribute('lang', code));
      await expect(root(canvasElement)).toHaveAttribute('dir', dir);
      await expect(getComputedStyle(root(canvasElement)).direction).toBe(dir);
      const hint = await waitForHint(canvasElement, 'MOVE_CLOSER');
      const text = await textOf('hint.MOVE_CLOSER', code);
      await expect(hint).toHaveTextContent(text);
      await expect(part(canvasElement, 'capture')).toHaveTextContent(await textOf('ui.capture', code));
      await expect(root(canvasElement)).toHaveAttribute('aria-label', await textOf('ui.title', code));
      // A translation, not the English fallback.
      if (code !== 'en') await expect(text).not.toBe(await textOf('hint.MOVE_CLOSER', 'en'));
    },
  };
}

export const English: Story = localeStory('en', 'en');
export const Spanish: Story = localeStory('es', 'es');
export const French: Story = localeStory('fr-CA', 'fr');
export const German: Story = localeStory('de', 'de');
/** `pt-BR` resolves to the Portuguese table. */
export const Portuguese: Story = localeStory('pt-BR', 'pt');
export const Chinese: Story = localeStory('zh-Hans-CN', 'zh');
export const Japanese: Story = localeStory('ja', 'ja');
/** Right to left: the layout mirrors (logical properties). */
export const Arabic: Story = localeStory('ar', 'ar', 'rtl');

/** Arabic on a text-heavy screen: a declined result with its prompts and the retake button. */
export const ArabicDeclined: Story = {
  args: { locale: 'ar', detector: sceneDetector(SCENES.ready) },
  parameters: {
    liveness: {
      camera: { scene: SCENES.ready },
      endpoint: [replyJson(livenessBody('Declined', ['LOW_FACE_LUMINANCE', 'MULTIPLE_FACES_DETECTED']))],
    },
  },
  play: async ({ canvasElement }) => {
    await waitForState(canvasElement, 'result');
    // English shows until the Arabic table has loaded (a chunk of its own): wait for it.
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('dir', 'rtl'));
    await expect(part(canvasElement, 'result')?.querySelector('h2')).toHaveTextContent(
      await textOf('status.DECLINED', 'ar'),
    );
    await expect(part(canvasElement, 'warning')).toHaveTextContent(
      await textOf('warning.LOW_FACE_LUMINANCE.advice', 'ar'),
    );
    await expect(part(canvasElement, 'retake')).toHaveTextContent(await textOf('ui.retake', 'ar'));
  },
};
