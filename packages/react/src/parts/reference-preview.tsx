import { useEffect, useRef } from 'react';

/**
 * The ID photo in use, shown from an object URL of `image` that is made when it appears and revoked
 * when the image changes or the preview goes (set on the `<img>` in an effect, so React's double
 * effects in development never leave a revoked URL on screen). Nothing where the platform has no
 * `URL.createObjectURL`.
 */
export function ReferencePreview({ image, alt }: { image: Blob; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = img.current;
    if (!element) return;
    const url = URL.createObjectURL(image);
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [image]);
  if (typeof URL.createObjectURL !== 'function') return null;
  return <img ref={img} alt={alt} data-part="reference-preview" />;
}
