/**
 * Stories only (a real browser): a camera made from a canvas. `getUserMedia` answers with the
 * stream of a canvas showing a face-sized textured scene (mid grey noise: well lit and sharp for
 * the pre-checks), or rejects with a DOMException name, as a real camera would.
 */
export interface CanvasCameraOptions {
  /** Reject `getUserMedia` with this DOMException name (`NotAllowedError`, …). */
  failWith?: string;
}

export function installCanvasCamera(options: CanvasCameraOptions = {}): () => void {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d')!;
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const paint = () => {
    const image = context.createImageData(canvas.width, canvas.height);
    for (let i = 0; i < image.data.length; i += 4) {
      const v = 70 + random() * 110;
      image.data[i] = v;
      image.data[i + 1] = v;
      image.data[i + 2] = v;
      image.data[i + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  };
  paint();
  const timer = setInterval(() => {
    // Redraw the same picture (a still face): the stream needs new frames to keep flowing.
    seed = 7;
    paint();
  }, 100);
  const devices = navigator.mediaDevices;
  const original = devices?.getUserMedia;
  const fake = async () => {
    if (options.failWith) throw new DOMException(`story ${options.failWith}`, options.failWith);
    return canvas.captureStream(15);
  };
  if (devices) Object.defineProperty(devices, 'getUserMedia', { configurable: true, value: fake });
  return () => {
    clearInterval(timer);
    if (devices && original)
      Object.defineProperty(devices, 'getUserMedia', { configurable: true, value: original });
  };
}
