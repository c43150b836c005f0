/**
 * Stories only: the per-story fake camera and mocked endpoint, declared in the story's parameters
 * and installed by {@link installStoryMocks} (a `beforeEach`, which Storybook runs before each
 * story renders and whose cleanup runs when it ends). Stories mutate globals (`getUserMedia`,
 * `fetch`), so their docs pages render each story in its own iframe (`docs.story.inline: false`).
 */
import { CAMERA_STORAGE_KEY } from '@liveness-kit/capture';
import { installFixtureCamera, type FixtureCamera, type FixtureCameraOptions } from './fixture-camera.js';
import {
  installMockEndpoint,
  STORY_ENDPOINT,
  type EndpointReply,
  type MockEndpoint,
} from './mock-endpoint.js';

export interface LivenessStoryParameters {
  /** The camera the story films with; none: `getUserMedia` is left alone. */
  camera?: FixtureCameraOptions;
  /** The answers of the endpoint at {@link STORY_ENDPOINT}, one per request (the last repeated). */
  endpoint?: EndpointReply[];
}

let camera: FixtureCamera | null = null;
let endpoint: MockEndpoint | null = null;

/** The fake camera of the running story. */
export function storyCamera(): FixtureCamera {
  if (!camera) throw new Error('this story has no fake camera (parameters.liveness.camera)');
  return camera;
}

/** The mocked endpoint of the running story (with the requests it got). */
export function storyEndpoint(): MockEndpoint {
  if (!endpoint) throw new Error('this story has no mocked endpoint (parameters.liveness.endpoint)');
  return endpoint;
}

/** `beforeEach` of the liveness stories: installs what `parameters.liveness` asks for. */
export async function installStoryMocks(context: {
  parameters: { liveness?: LivenessStoryParameters };
}): Promise<() => void> {
  const options = context.parameters.liveness ?? {};
  const installedCamera = options.camera ? await installFixtureCamera(options.camera) : null;
  const installedEndpoint = installMockEndpoint(STORY_ENDPOINT, options.endpoint ?? []);
  camera = installedCamera;
  endpoint = installedEndpoint;
  return () => {
    installedEndpoint.restore();
    installedCamera?.restore();
    if (camera === installedCamera) camera = null;
    if (endpoint === installedEndpoint) endpoint = null;
    // The camera picker remembers its choice: forget it between stories.
    localStorage.removeItem(CAMERA_STORAGE_KEY);
  };
}
