/**
 * The README's engine snippet ("Engine"), as code: `tsc` checks it against the package's real
 * exports. Keep it in step with the README.
 */
import { attachCamera, createLivenessCapture } from '@liveness-kit/capture';

export function plainView(
  video: HTMLVideoElement,
  status: HTMLElement,
  start: HTMLButtonElement,
): () => void {
  const capture = createLivenessCapture({ endpoint: '/api/v3/passive-liveness/', vendorData: 'user-42' });
  capture.connect(); // what a view does on mount: the default detector preloads
  const detach = attachCamera(capture, video); // opens the camera whenever the engine wants it
  capture.subscribe((state) => {
    status.textContent = state.hint ?? state.state;
  });
  capture.on('result', ({ response, interpretation }) => {
    console.log(response.request_id, interpretation.approved);
  });
  start.onclick = () => capture.start();
  // When the view goes away for good:
  return () => {
    detach();
    capture.destroy();
  };
}
